#include <stdio.h>

void read_words(FILE *fp) {
    char word[64];
    char line[128];
    int age;
    // ruleid: scanf-unbounded-string
    scanf("%s", word);
    // ruleid: scanf-unbounded-string
    fscanf(fp, "%d %s", &age, word);
    // ruleid: scanf-unbounded-string
    sscanf(line, "%[^,]", word);
    // ok: scanf-unbounded-string
    scanf("%63s", word);
    // ok: scanf-unbounded-string
    fscanf(fp, "%d", &age);
    // ok: scanf-unbounded-string
    sscanf(line, "%63[^,]", word);
}
