// ASAN: detects (UBSan: index 16 out of bounds for type 'unsigned char [16]')  [gcc 12 -fsanitize=address,undefined, default options]
// A CRC-style const table indexed with a value one past its size.
#include <stdio.h>

static const unsigned char table[16] = {
    0, 7, 14, 9, 28, 27, 18, 21, 56, 63, 54, 49, 36, 35, 42, 45,
};

int main(void)
{
    unsigned v = 0xF0;
    printf("start\n");
    unsigned idx = (v >> 4) + 1;
    unsigned char t = table[idx]; // VIOLATION: global-buffer-overflow
    printf("NOT-REACHED\n");
    printf("%u\n", t);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
