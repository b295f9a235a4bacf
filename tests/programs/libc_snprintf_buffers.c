#include <stdio.h>
#include <string.h>

int main(void) {
    char buf[32];
    int n = snprintf(buf, sizeof buf, "%s=%d", "answer", 42);
    printf("'%s' n=%d\n", buf, n);
    n = snprintf(buf, 8, "%s", "0123456789");
    printf("'%s' n=%d len=%zu\n", buf, n, strlen(buf));
    n = snprintf(NULL, 0, "%d-%d-%d", 2024, 1, 15);
    printf("needed=%d\n", n);
    char date[11];
    snprintf(date, sizeof date, "%04d-%02d-%02d", 2024, 1, 15);
    printf("date=%s\n", date);
    /* building incrementally */
    char line[64];
    size_t off = 0;
    for (int i = 0; i < 5; i++) {
        int w = snprintf(line + off, sizeof line - off, "%s%d", i ? "," : "", i * i);
        if (w < 0 || (size_t)w >= sizeof line - off) break;
        off += (size_t)w;
    }
    printf("line=%s off=%zu\n", line, off);
    char hex[2 * 8 + 1];
    const unsigned char bytes[8] = {0xde, 0xad, 0xbe, 0xef, 0x00, 0x01, 0x7f, 0x80};
    for (int i = 0; i < 8; i++) snprintf(hex + 2 * i, 3, "%02x", bytes[i]);
    printf("hex=%s\n", hex);
    char one[1];
    n = snprintf(one, sizeof one, "abc");
    printf("one-byte buffer: empty=%d n=%d\n", one[0] == '\0', n);
    char fbuf[40];
    snprintf(fbuf, sizeof fbuf, "%.3f|%10.2e|%-6g|", 2.0 / 3.0, 123456.0, 0.5);
    printf("%s\n", fbuf);
    return 0;
}

/* EXPECT-STDOUT:
'answer=42' n=9
'0123456' n=10 len=7
needed=9
date=2024-01-15
line=0,1,4,9,16 off=10
hex=deadbeef00017f80
one-byte buffer: empty=1 n=3
0.667|  1.23e+05|0.5   |
*/
