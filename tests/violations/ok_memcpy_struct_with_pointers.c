// memcpy of structs containing pointers; the copied pointers are used.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct entry {
    const char *name;
    int *counter;
    struct entry *next;
};

int main(void)
{
    int c1 = 1, c2 = 2;
    struct entry b = {"second", &c2, NULL};
    struct entry a = {"first", &c1, &b};
    struct entry copy;
    memcpy(&copy, &a, sizeof copy);
    (*copy.counter)++;
    printf("%s %d %s %d\n", copy.name, *copy.counter, copy.next->name, *copy.next->counter);
    struct entry *arr = malloc(2 * sizeof *arr);
    memcpy(&arr[0], &a, sizeof a);
    memcpy(&arr[1], &b, sizeof b);
    struct entry *moved = malloc(2 * sizeof *moved);
    memmove(moved, arr, 2 * sizeof *arr);
    free(arr);
    for (int i = 0; i < 2; i++)
        printf("%s %d\n", moved[i].name, *moved[i].counter);
    free(moved);
    return 0;
}
/* EXPECT-STDOUT:
first 2 second 2
first 2
second 2
*/
