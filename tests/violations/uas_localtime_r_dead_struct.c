// ASAN: detects (AddressSanitizer: stack-use-after-scope in the localtime_r interceptor)  [gcc 12 -fsanitize=address,undefined, default options]
// localtime_r fills a struct tm whose block has ended.
#include <stdio.h>
#include <time.h>

int main(void)
{
    time_t t = 1700000000;
    struct tm *out;
    {
        struct tm tm;
        out = &tm;
    }
    printf("start\n");
    localtime_r(&t, out); // VIOLATION: use-after-scope
    printf("NOT-REACHED\n");
    return 0;
}
/* EXPECT-STDOUT:
start
*/
