// scanf's %m (POSIX.1-2008): libc allocates the string and stores its
// pointer; the program reads it and frees it.  Conversions that were not
// assigned leave their pointers as they were.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    char *word = NULL, *set = NULL, *chars = NULL, *missing = NULL;
    int x = 0;
    int r = sscanf("hello abc123 0x1f XYZ", "%ms %m[a-z]%*d %x %3mc", &word, &set, &x, &chars);
    printf("%d %s %s %d %.3s %zu\n", r, word, set, x, chars, strlen(word));
    word[0] = 'j';
    printf("%s\n", word);
    free(word);
    free(set);
    free(chars);
    r = sscanf("42", "%d %ms", &x, &missing);
    printf("%d %d %s\n", r, x, missing ? "set" : "null");
    return 0;
}
/* EXPECT-STDOUT:
4 hello abc 31 XYZ 5
jello
1 42 null
*/
