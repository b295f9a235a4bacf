// ASAN: detects (UBSan: index 8 out of bounds for type 'char [8]')  [gcc 12 -fsanitize=address,undefined, default options]
// A name copied byte by byte into a struct's char array overflows into the
// next field of the same struct (still inside the object).
#include <stdio.h>

struct user {
    char name[8];
    int uid;
};

int main(void)
{
    struct user u = {"", 1000};
    const char *input = "administrator";
    printf("start\n");
    for (int i = 0; input[i] != '\0'; i++)
        u.name[i] = input[i]; // VIOLATION: sub-object-overflow
    printf("NOT-REACHED\n");
    printf("%d\n", u.uid);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
