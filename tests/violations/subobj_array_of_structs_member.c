// ASAN: detects (UBSan: index 4 out of bounds for type 'char [4]')  [gcc 12 -fsanitize=address,undefined, default options]
// The tag array of element [1] of an array of structs is overrun into its
// own padding and next member (not past the end of the whole array).
#include <stdio.h>

struct node {
    char tag[4];
    struct node *next;
};

int main(void)
{
    struct node nodes[3] = {{"a", 0}, {"b", 0}, {"c", 0}};
    nodes[0].next = &nodes[1];
    printf("start\n");
    struct node *n = nodes[0].next;
    for (int i = 0; i < 6; i++)
        n->tag[i] = 'z'; // VIOLATION: sub-object-overflow
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
*/
