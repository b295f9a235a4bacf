#include <stdio.h>
#include <stdlib.h>
#include <stddef.h>
#include <string.h>

#define container_of(ptr, type, member) ({ \
    const __typeof__(((type *)0)->member) *__mptr = (ptr); \
    (type *)((char *)__mptr - offsetof(type, member)); })

struct kref { int refcount; };
static void kref_init(struct kref *k) { k->refcount = 1; }
static void kref_get(struct kref *k) { k->refcount++; }
static int kref_put(struct kref *k, void (*release)(struct kref *)) {
    if (--k->refcount == 0) { release(k); return 1; }
    return 0;
}

struct file;
struct file_operations {
    int (*open)(struct file *);
    long (*read)(struct file *, char *buf, size_t n);
    int (*release)(struct file *);
};

struct device { char name[16]; struct kref ref; int opens; const char *data; };
struct file { struct device *dev; size_t pos; const struct file_operations *f_op; };

static void device_release(struct kref *k) {
    struct device *d = container_of(k, struct device, ref);
    printf("release device %s (opens=%d)\n", d->name, d->opens);
    free(d);
}

static int dev_open(struct file *f) { kref_get(&f->dev->ref); f->dev->opens++; f->pos = 0; return 0; }
static long dev_read(struct file *f, char *buf, size_t n) {
    size_t len = strlen(f->dev->data);
    if (f->pos >= len) return 0;
    size_t k = len - f->pos < n ? len - f->pos : n;
    memcpy(buf, f->dev->data + f->pos, k);
    f->pos += k;
    return (long)k;
}
static int dev_release(struct file *f) { kref_put(&f->dev->ref, device_release); return 0; }

static const struct file_operations dev_fops = {
    .open = dev_open,
    .read = dev_read,
    .release = dev_release,
};

int main(void) {
    struct device *d = malloc(sizeof *d);
    memset(d, 0, sizeof *d);
    strcpy(d->name, "chardev0");
    d->data = "hello from the device";
    kref_init(&d->ref);
    struct file f1 = {d, 0, &dev_fops}, f2 = {d, 0, &dev_fops};
    f1.f_op->open(&f1);
    f2.f_op->open(&f2);
    printf("refcount after opens=%d\n", d->ref.refcount);
    char buf[8];
    long n;
    printf("f1 chunks:");
    while ((n = f1.f_op->read(&f1, buf, sizeof buf - 1)) > 0) { buf[n] = '\0'; printf(" [%s]", buf); }
    printf("\n");
    n = f2.f_op->read(&f2, buf, 5);
    buf[n] = '\0';
    printf("f2 first=%s pos=%zu\n", buf, f2.pos);
    f1.f_op->release(&f1);
    printf("refcount=%d\n", d->ref.refcount);
    int freed = kref_put(&d->ref, device_release);   /* drop the initial reference */
    printf("freed by initial put=%d\n", freed);
    f2.f_op->release(&f2);                            /* last reference: releases */
    return 0;
}

/* EXPECT-STDOUT:
refcount after opens=3
f1 chunks: [hello f] [rom the] [ device]
f2 first=hello pos=5
refcount=2
freed by initial put=0
release device chardev0 (opens=2)
*/
