// Accessing non-array members through char* + offsetof (the access stays in
// the whole object's window), as serializers and generic code do.
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct config {
    int port;
    double ratio;
    char host[16];
    long timeout;
};

struct field {
    const char *name;
    size_t off;
    char type;
};

static const struct field fields[] = {
    {"port", offsetof(struct config, port), 'i'},
    {"ratio", offsetof(struct config, ratio), 'd'},
    {"host", offsetof(struct config, host), 's'},
    {"timeout", offsetof(struct config, timeout), 'l'},
};

static void dump(const struct config *c)
{
    const char *base = (const char *)c;
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
        const void *p = base + fields[i].off;
        switch (fields[i].type) {
        case 'i': printf("%s=%d\n", fields[i].name, *(const int *)p); break;
        case 'd': printf("%s=%.2f\n", fields[i].name, *(const double *)p); break;
        case 's': printf("%s=%s\n", fields[i].name, (const char *)p); break;
        case 'l': printf("%s=%ld\n", fields[i].name, *(const long *)p); break;
        }
    }
}

int main(void)
{
    struct config *c = malloc(sizeof *c);
    memset(c, 0, sizeof *c);
    *(int *)((char *)c + offsetof(struct config, port)) = 8080;
    c->ratio = 0.75;
    strcpy(c->host, "localhost");
    *(long *)((char *)c + offsetof(struct config, timeout)) = 30;
    dump(c);
    free(c);
    return 0;
}
/* EXPECT-STDOUT:
port=8080
ratio=0.75
host=localhost
timeout=30
*/
