// __PRETTY_FUNCTION__ in C is the function's name, as gcc gives it (libclang
// spells a C++-style signature, "int main(void)"), its size included.
#include <stdio.h>
#include <string.h>
static const char *who(void) { return __PRETTY_FUNCTION__; }
int main(void) {
    char buf[64];
    strcpy(buf, __PRETTY_FUNCTION__);
    printf("%s %s %zu %zu %s\n", buf, who(), sizeof(__PRETTY_FUNCTION__), strlen(__func__), __FUNCTION__);
    return 0;
}
/* EXPECT-STDOUT:
main who 5 4 main
*/
