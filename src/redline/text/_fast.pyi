def block_sums(
    codepoints: object,
    word_table: object,
    table: object,
    width: int,
    n_classes: int,
    bits: int,
    stride: int,
    n_blocks: int,
    data_channel: bool,
    skip_bigrams: bool,
    salts: object,
    sums: object,
    counts: object,
    /,
) -> None: ...

class _Trie: ...

def anchor_trie(words: list[str], /) -> _Trie: ...
def anchor_starts(trie: _Trie, text: str, /) -> tuple[dict[int, list[int]], set[int]]: ...
