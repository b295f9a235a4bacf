#include <stdio.h>
#include <sys/types.h>
#include <sys/stat.h>
#include <string.h>
#include <errno.h>

static const char *kind(mode_t m) {
    if (S_ISDIR(m)) return "dir";
    if (S_ISREG(m)) return "regular";
    if (S_ISCHR(m)) return "chardev";
    if (S_ISLNK(m)) return "symlink";
    if (S_ISFIFO(m)) return "fifo";
    return "other";
}

int main(void) {
    struct stat st;
    memset(&st, 0, sizeof st);
    if (stat("/", &st) == 0) printf("/ is %s, root inode>0=%d nlink>0=%d\n", kind(st.st_mode), st.st_ino > 0, st.st_nlink > 0);
    if (stat("/dev/null", &st) == 0) printf("/dev/null is %s\n", kind(st.st_mode));
    errno = 0;
    int rc = stat("/definitely/not/here", &st);
    printf("missing rc=%d ENOENT=%d\n", rc, errno == ENOENT);
    /* mode bit arithmetic on synthetic values */
    mode_t modes[] = {S_IFREG | 0644, S_IFDIR | 0755, S_IFREG | S_ISUID | 0700, S_IFIFO | 0600};
    for (int i = 0; i < 4; i++) {
        mode_t m = modes[i];
        char perm[10];
        const char *rwx = "rwxrwxrwx";
        for (int b = 0; b < 9; b++) perm[b] = (m & (1u << (8 - b))) ? rwx[b] : '-';
        perm[9] = '\0';
        printf("%-7s %s octal=%04o suid=%d\n", kind(m), perm, (unsigned)(m & 07777), (m & S_ISUID) != 0);
    }
    printf("S_IRWXU=%o S_IRUSR=%o S_IWGRP=%o S_IXOTH=%o\n", (unsigned)S_IRWXU, (unsigned)S_IRUSR, (unsigned)S_IWGRP, (unsigned)S_IXOTH);
    printf("sizeof(st_size)=%zu sizeof(st_mode)=%zu\n", sizeof st.st_size, sizeof st.st_mode);
    return 0;
}

/* EXPECT-STDOUT:
/ is dir, root inode>0=1 nlink>0=1
/dev/null is chardev
missing rc=-1 ENOENT=1
regular rw-r--r-- octal=0644 suid=0
dir     rwxr-xr-x octal=0755 suid=0
regular rwx------ octal=4700 suid=1
fifo    rw------- octal=0600 suid=0
S_IRWXU=700 S_IRUSR=400 S_IWGRP=20 S_IXOTH=1
sizeof(st_size)=8 sizeof(st_mode)=4
*/
