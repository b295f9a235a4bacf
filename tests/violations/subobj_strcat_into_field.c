// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// strcat onto a member array of a local struct overruns into the next member.
#include <stdio.h>
#include <string.h>

struct greeting {
    char text[10];
    char lang[4];
};

int main(void)
{
    struct greeting g = {"hello", "en"};
    printf("start\n");
    strcat(g.text, ", world"); // VIOLATION: sub-object-overflow
    printf("NOT-REACHED\n");
    printf("%s\n", g.lang);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
