// ASAN: detects (UBSan: index 3 out of bounds for type 'char *[3]')  [gcc 12 -fsanitize=address,undefined, default options]
// A lookup table indexed by an enum value that has no entry (COLOR_COUNT).
#include <stdio.h>

enum color { RED, GREEN, BLUE, COLOR_COUNT };

static const char *const color_names[COLOR_COUNT] = {"red", "green", "blue"};

int main(void)
{
    printf("start\n");
    for (enum color c = RED; c <= COLOR_COUNT; c++)
        printf("%s\n", color_names[c]); // VIOLATION: global-buffer-overflow
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
red
green
blue
*/
