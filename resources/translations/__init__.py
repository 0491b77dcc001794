"""The interface translations: Qt Linguist sources (.ts) and their compiled catalogues (.qm)."""
