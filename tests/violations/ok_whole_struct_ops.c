// memset/memcpy/memcmp over whole structs that contain arrays (the pointer is
// to the struct, so the window is the whole object).
#include <stdio.h>
#include <string.h>

struct packet {
    char tag[4];
    int len;
    unsigned char data[8];
};

int main(void)
{
    struct packet a, b;
    memset(&a, 0, sizeof a);
    memcpy(a.tag, "PKT", 4);
    a.len = 8;
    for (int i = 0; i < 8; i++)
        a.data[i] = (unsigned char)(i * 3);
    memcpy(&b, &a, sizeof b);
    printf("%s %d %d %d\n", b.tag, b.len, b.data[7], memcmp(&a, &b, sizeof a) == 0);
    struct packet arr[3];
    memset(arr, 0, sizeof arr);
    arr[2] = a;
    printf("%s %d\n", arr[2].tag, arr[1].len);
    return 0;
}
/* EXPECT-STDOUT:
PKT 8 21 1
PKT 0
*/
