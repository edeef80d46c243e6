"""The held-out split is fixed: a stable hash of the id, a quarter of the records, measuring sets never trained."""

from eventcoder.evaluation.splits import is_heldout, split_of


def test_splits_is_stable_for_known_ids() -> None:
    # Pinned: a change here would silently move records between training and measuring.
    ids = [f"acled:X{i}" for i in range(2000)]
    share = sum(is_heldout(i) for i in ids) / len(ids)
    assert 0.22 < share < 0.28
    assert [is_heldout(f"wad:2016-2020:row{i}") for i in range(8)] == [False, False, True, False, False, False, False, False]


def test_splits_measuring_sets_are_never_train() -> None:
    assert split_of("anything", "news_pages_dev") == "heldout"
    assert split_of("anything", "dedup_clusters_dev") == "heldout"
