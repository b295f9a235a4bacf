#include <stdio.h>
#include <string.h>

#define COLOR_LIST(X) \
    X(RED, 0xff0000)  \
    X(GREEN, 0x00ff00) \
    X(BLUE, 0x0000ff) \
    X(WHITE, 0xffffff)

#define AS_ENUM(name, val) COLOR_##name,
#define AS_STRING(name, val) #name,
#define AS_VALUE(name, val) val,
#define AS_CASE(name, val) case COLOR_##name: return #name " = " #val;

enum color { COLOR_LIST(AS_ENUM) COLOR_COUNT };
static const char *const color_names[] = { COLOR_LIST(AS_STRING) };
static const unsigned color_values[] = { COLOR_LIST(AS_VALUE) };

static const char *describe(enum color c) {
    switch (c) {
    COLOR_LIST(AS_CASE)
    default: return "?";
    }
}

#define FIELDS(X) X(int, id, "%d") X(double, score, "%.2f") X(const char *, name, "%s")
#define DECL_FIELD(t, n, f) t n;
#define PRINT_FIELD(t, n, f) printf(#n "=" f " ", s->n);
struct record { FIELDS(DECL_FIELD) };
static void print_record(const struct record *s) { FIELDS(PRINT_FIELD) printf("\n"); }

#define ERRORS(X) X(OK, "success") X(NOMEM, "out of memory") X(IO, "i/o error")
#define ERR_ENUM(e, s) ERR_##e,
#define ERR_MSG(e, s) [ERR_##e] = s,
enum err { ERRORS(ERR_ENUM) ERR_MAX };
static const char *err_msgs[ERR_MAX] = { ERRORS(ERR_MSG) };

int main(void) {
    printf("COLOR_COUNT=%d\n", COLOR_COUNT);
    for (int i = 0; i < COLOR_COUNT; i++) printf("%d %-5s %06x | %s\n", i, color_names[i], color_values[i], describe((enum color)i));
    struct record r = {7, 91.25, "seven"};
    print_record(&r);
    for (int e = 0; e < ERR_MAX; e++) printf("err %d: %s\n", e, err_msgs[e]);
    return 0;
}

/* EXPECT-STDOUT:
COLOR_COUNT=4
0 RED   ff0000 | RED = 0xff0000
1 GREEN 00ff00 | GREEN = 0x00ff00
2 BLUE  0000ff | BLUE = 0x0000ff
3 WHITE ffffff | WHITE = 0xffffff
id=7 score=91.25 name=seven 
err 0: success
err 1: out of memory
err 2: i/o error
*/
