// ASAN: detects (UBSan: load of null pointer of type 'int')  [gcc 12 -fsanitize=address,undefined, default options]
// A lookup returns NULL for a missing key and the caller dereferences it.
#include <stdio.h>
#include <string.h>

static int values[3] = {1, 2, 3};

static int *find(const char *key)
{
    if (strcmp(key, "one") == 0)
        return &values[0];
    return NULL;
}

int main(void)
{
    printf("start %d\n", *find("one"));
    int v = *find("four"); // VIOLATION: null-dereference
    printf("NOT-REACHED\n");
    printf("%d\n", v);
    return 0;
}
/* EXPECT-STDOUT:
start 1
*/
