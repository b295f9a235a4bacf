// time.h through its wrappers, in UTC: gmtime/localtime (libc's static
// struct tm, its tm_zone pointer read back), the _r forms into locals,
// mktime normalizing a struct in place, asctime/ctime (libc's buffer) and
// their _r forms into exactly 26 bytes, strftime measured to its max.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int main(void)
{
    setenv("TZ", "UTC", 1);
    tzset();
    time_t t = 1700000000;
    struct tm *g = gmtime(&t);
    printf("%d-%02d-%02d %02d:%02d\n", g->tm_year + 1900, g->tm_mon + 1, g->tm_mday,
           g->tm_hour, g->tm_min);
    struct tm *l = localtime(&t);
    printf("zone %s %ld\n", l->tm_zone, l->tm_gmtoff);

    struct tm mine;
    localtime_r(&t, &mine);
    printf("zone %s yday %d\n", mine.tm_zone, mine.tm_yday);
    struct tm copy = mine;
    gmtime_r(&t, &copy);
    copy.tm_mday += 40; /* normalized by mktime */
    time_t later = mktime(&copy);
    printf("%ld %d/%d %s\n", (long)(later - t), copy.tm_mon + 1, copy.tm_mday, copy.tm_zone);

    printf("%s", asctime(&mine));
    printf("%s", ctime(&t));
    char b1[26], b2[26];
    printf("%s%s", asctime_r(&mine, b1), ctime_r(&t, b2));

    char out[20]; /* "2023-11-14 22:13:20" + NUL */
    size_t n = strftime(out, sizeof out, "%Y-%m-%d %H:%M:%S", &mine);
    printf("%zu %s\n", n, out);
    printf("%zu\n", strftime(out, 4, "%Y-%m", &mine)); /* too small: 0 */

    time_t now;
    time_t r = time(&now);
    printf("%d %d\n", r == now, time(NULL) >= now);
    return 0;
}
/* EXPECT-STDOUT:
2023-11-14 22:13
zone UTC 0
zone UTC yday 317
3456000 12/24 UTC
Tue Nov 14 22:13:20 2023
Tue Nov 14 22:13:20 2023
Tue Nov 14 22:13:20 2023
Tue Nov 14 22:13:20 2023
19 2023-11-14 22:13:20
0
1 1
*/
