#include <stdio.h>
#include <string.h>

int main(void) {
    const char *s = "the rain in spain stays mainly in the plain";
    const char *p = strchr(s, 'a');
    printf("first a at %td\n", p - s);
    p = strrchr(s, 'a');
    printf("last a at %td\n", p - s);
    printf("strchr NUL at %td\n", strchr(s, '\0') - s);
    printf("missing z: %d\n", strchr(s, 'z') == NULL);
    int count = 0;
    for (p = s; (p = strstr(p, "ain")) != NULL; p++) count++;
    printf("'ain' count=%d\n", count);
    printf("strstr in=%td\n", strstr(s, "in ") - s);
    printf("strstr empty=%d\n", strstr(s, "") == s);
    printf("strstr missing=%d\n", strstr(s, "snow") == NULL);
    printf("strpbrk=%s\n", strpbrk(s, "xyz"));
    printf("strcspn vowels=%zu\n", strcspn(s, "aeiou"));
    char copy[64];
    strcpy(copy, s);
    char *q;
    while ((q = strchr(copy, ' ')) != NULL) *q = '_';
    printf("%s\n", copy);
    const char *ext = strrchr("archive.tar.gz", '.');
    printf("ext=%s\n", ext);
    return 0;
}

/* EXPECT-STDOUT:
first a at 5
last a at 40
strchr NUL at 43
missing z: 1
'ain' count=4
strstr in=6
strstr empty=1
strstr missing=1
strpbrk=ys mainly in the plain
strcspn vowels=2
the_rain_in_spain_stays_mainly_in_the_plain
ext=.gz
*/
