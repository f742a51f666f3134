#include <stdio.h>
#include <stdlib.h>

struct node { int value; struct node *next; };

int drop(struct node *node, char *name) {
    free(node);
    // ruleid: use-after-free
    printf("%d\n", node->value);
    free(name);
    // ruleid: use-after-free
    free(name);
    return 0;
}

int drop_safely(struct node *node) {
    int value = node->value;
    free(node);
    node = NULL;
    // ok: use-after-free
    if (node == NULL) printf("%d\n", value);
    return value;
}

void drop_list(struct node *head) {
    while (head != NULL) {
        struct node *next = head->next;
        free(head);
        // ok: use-after-free
        head = next;
    }
}
