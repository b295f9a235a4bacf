/* A nested function (GNU C): gcc takes it, libclang never will, so safec
 * names it rather than reporting a syntax error. */
#include <stdio.h>
int outer(int x) {
    int add(int y) { return x + y; }
    return add(5);
}
int main(void) { printf("%d\n", outer(3)); return 0; }
