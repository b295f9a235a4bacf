#include <stdio.h>
#include <time.h>
#include <string.h>

static int is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
static int days_in_month(int y, int m) {
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 1 && is_leap(y) ? 29 : d[m];
}
/* days since 1970-01-01 (civil from days, Howard Hinnant) */
static long days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int main(void) {
    time_t t = 1700000000;  /* fixed instant */
    struct tm tmv;
    gmtime_r(&t, &tmv);
    printf("gmtime: %04d-%02d-%02d %02d:%02d:%02d wday=%d yday=%d\n", tmv.tm_year + 1900, tmv.tm_mon + 1,
           tmv.tm_mday, tmv.tm_hour, tmv.tm_min, tmv.tm_sec, tmv.tm_wday, tmv.tm_yday);
    char buf[64];
    strftime(buf, sizeof buf, "%Y/%m/%d %H:%M:%S %a %b %j", &tmv);
    printf("strftime: %s\n", buf);
    printf("asctime-like: %.24s\n", asctime(&tmv));
    struct tm custom;
    memset(&custom, 0, sizeof custom);
    custom.tm_year = 2000 - 1900; custom.tm_mon = 1; custom.tm_mday = 29; custom.tm_hour = 12;
    time_t back = timegm(&custom);
    printf("timegm(2000-02-29 12:00)=%lld\n", (long long)back);
    printf("days_from_civil(2000,2,29)=%ld *86400+43200=%ld\n", days_from_civil(2000, 2, 29), days_from_civil(2000, 2, 29) * 86400 + 43200);
    /* normalization by timegm */
    custom.tm_mday = 31; custom.tm_mon = 1;  /* Feb 31 -> Mar 2 */
    timegm(&custom);
    printf("normalized: %04d-%02d-%02d\n", custom.tm_year + 1900, custom.tm_mon + 1, custom.tm_mday);
    int leaps = 0;
    for (int y = 1900; y <= 2100; y++) leaps += is_leap(y);
    printf("leap years 1900-2100: %d feb2024=%d feb2100=%d\n", leaps, days_in_month(2024, 1), days_in_month(2100, 1));
    double diff = difftime((time_t)1700003600, t);
    printf("difftime=%.0f\n", diff);
    printf("sizeof(time_t)=%zu CLOCKS_PER_SEC=%ld\n", sizeof(time_t), (long)CLOCKS_PER_SEC);
    return 0;
}

/* EXPECT-STDOUT:
gmtime: 2023-11-14 22:13:20 wday=2 yday=317
strftime: 2023/11/14 22:13:20 Tue Nov 318
asctime-like: Tue Nov 14 22:13:20 2023
timegm(2000-02-29 12:00)=951825600
days_from_civil(2000,2,29)=11016 *86400+43200=951825600
normalized: 2000-03-02
leap years 1900-2100: 49 feb2024=29 feb2100=28
difftime=3600
sizeof(time_t)=8 CLOCKS_PER_SEC=1000000
*/
