// ASAN: detects (UBSan: member access within null pointer of type 'struct node')  [gcc 12 -fsanitize=address,undefined, default options]
// A list walk looks one node ahead without checking for the end of the list.
#include <stdio.h>

struct node {
    int v;
    struct node *next;
};

int main(void)
{
    struct node c = {3, NULL}, b = {2, &c}, a = {1, &b};
    printf("start\n");
    int sum = 0;
    for (struct node *p = &a; p; p = p->next)
        sum += p->next->v; // VIOLATION: null-dereference
    printf("NOT-REACHED\n");
    printf("%d\n", sum);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
