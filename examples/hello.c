/* A small example: a linked list of words, built and printed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct word {
    struct word *next;
    char text[16];
};

static struct word *push(struct word *head, const char *s)
{
    struct word *w = malloc(sizeof *w);
    if (!w)
        exit(1);
    snprintf(w->text, sizeof w->text, "%s", s);
    w->next = head;
    return w;
}

int main(int argc, char **argv)
{
    struct word *list = NULL;
    list = push(list, argc > 1 ? argv[1] : "safec");
    list = push(list, "hello,");
    for (struct word *w = list; w; w = w->next)
        printf("%s%s", w->text, w->next ? " " : "\n");
    while (list) {
        struct word *n = list->next;
        free(list);
        list = n;
    }
    return 0;
}
