"""Imported only by multiprocessing's fork server when it starts (see ingest.workers).

Importing this module is the one hook the fork server offers to run code in itself,
so the import has a side effect on purpose: the fork server asks to die with the kg
process that started it. Never import it elsewhere: it would tie that process to its
own parent.
"""

from ingest.workers import die_with_parent

die_with_parent()
