// ASAN: detects (UBSan: index 3 out of bounds for type 'entry [3]')  [gcc 12 -fsanitize=address,undefined, default options]
// Reads a field of element [n] of a local array of structs.
#include <stdio.h>

struct entry {
    const char *key;
    int value;
};

int main(void)
{
    struct entry tab[3] = {{"a", 1}, {"b", 2}, {"c", 3}};
    printf("start\n");
    int total = 0;
    for (int i = 0; i <= 3; i++)
        total += tab[i].value; // VIOLATION: stack-buffer-overflow
    printf("NOT-REACHED\n");
    printf("%d\n", total);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
