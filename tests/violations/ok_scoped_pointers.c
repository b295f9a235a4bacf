// Pointers to block-scoped variables used only while the block is live, and
// pointers to outer variables used from inner blocks.
#include <stdio.h>

int main(void)
{
    int total = 0;
    int *tp = &total;
    for (int i = 0; i < 4; i++) {
        int sq = i * i;
        int *p = &sq;
        *tp += *p;
        {
            int inner = *p + 1;
            int *ip = &inner;
            *tp += *ip;
        }
    }
    printf("%d\n", total);
    const char *msg;
    {
        static const char persistent[] = "static in block";
        msg = persistent;
    }
    printf("%s\n", msg);
    return 0;
}
/* EXPECT-STDOUT:
32
static in block
*/
