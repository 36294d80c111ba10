"""One invented paragraph as a sentence table, and the groups the blame measure finds in it."""

import pandas as pd

from analysis.measures.blame import blame_table


def paragraph(*texts: str) -> pd.DataFrame:
    return pd.DataFrame({"article_id": "a", "author": "W", "paragraph_id": "a:p01",
                         "sentence_id": [f"a:p01:s{i:03d}" for i in range(1, len(texts) + 1)],
                         "text": list(texts)})


def blamed(*texts: str, stance: str = "writer") -> list[set[str]]:
    """Groups blamed per sentence of one paragraph, in one stance."""
    table = blame_table(paragraph(*texts))
    table = table[table["stance"] == stance]
    return [set(table.loc[table["sentence_id"] == f"a:p01:s{i:03d}", "group"])
            for i in range(1, len(texts) + 1)]
