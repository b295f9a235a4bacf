// A chained hash table: arrays of pointers to heap nodes, lookups, deletes
// and a full teardown.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NB 8

struct entry {
    char *key;
    int val;
    struct entry *next;
};

static struct entry *table[NB];

static unsigned hash(const char *s)
{
    unsigned h = 5381;
    while (*s)
        h = h * 33 + (unsigned char)*s++;
    return h % NB;
}

static void put(const char *k, int v)
{
    struct entry **pp = &table[hash(k)];
    for (; *pp; pp = &(*pp)->next)
        if (strcmp((*pp)->key, k) == 0) {
            (*pp)->val = v;
            return;
        }
    struct entry *e = malloc(sizeof *e);
    e->key = strdup(k);
    e->val = v;
    e->next = NULL;
    *pp = e;
}

static int get(const char *k, int *out)
{
    for (struct entry *e = table[hash(k)]; e; e = e->next)
        if (strcmp(e->key, k) == 0) {
            *out = e->val;
            return 1;
        }
    return 0;
}

static void del(const char *k)
{
    for (struct entry **pp = &table[hash(k)]; *pp; pp = &(*pp)->next)
        if (strcmp((*pp)->key, k) == 0) {
            struct entry *dead = *pp;
            *pp = dead->next;
            free(dead->key);
            free(dead);
            return;
        }
}

int main(void)
{
    const char *keys[] = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
    for (int i = 0; i < 10; i++)
        put(keys[i], i + 1);
    put("three", 33);
    del("five");
    for (int i = 0; i < 10; i++) {
        int v;
        if (get(keys[i], &v))
            printf("%s=%d\n", keys[i], v);
        else
            printf("%s missing\n", keys[i]);
    }
    int freed = 0;
    for (int b = 0; b < NB; b++) {
        struct entry *e = table[b];
        while (e) {
            struct entry *next = e->next;
            free(e->key);
            free(e);
            e = next;
            freed++;
        }
        table[b] = NULL;
    }
    printf("freed %d\n", freed);
    return 0;
}
/* EXPECT-STDOUT:
one=1
two=2
three=33
four=4
five missing
six=6
seven=7
eight=8
nine=9
ten=10
freed 9
*/
