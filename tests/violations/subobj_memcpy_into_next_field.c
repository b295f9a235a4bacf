// ASAN: misses (no report)  [gcc 12 -fsanitize=address,undefined, default options]
// memcpy into a heap struct's array member with the size of the whole struct.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct packet {
    unsigned char data[20];
    unsigned len;
    unsigned checksum;
};

int main(void)
{
    struct packet *p = calloc(1, sizeof *p);
    unsigned char wire[28];
    memset(wire, 0xAB, sizeof wire);
    printf("start\n");
    memcpy(p->data, wire, sizeof wire); // VIOLATION: sub-object-overflow
    printf("NOT-REACHED\n");
    free(p);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
