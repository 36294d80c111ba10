import re
def rep(fn, start, newline):
    L = open(fn, encoding="utf-8").read().split("\n")
    hits = [i for i, l in enumerate(L) if l.startswith(start)]
    assert len(hits) == 1, (fn, start, hits)
    L[hits[0]] = newline
    open(fn, "w", encoding="utf-8").write("\n".join(L))
def after(fn, start, newline):
    L = open(fn, encoding="utf-8").read().split("\n")
    hits = [i for i, l in enumerate(L) if l.startswith(start)]
    assert len(hits) == 1, (fn, start, hits)
    L.insert(hits[0]+1, newline)
    open(fn, "w", encoding="utf-8").write("\n".join(L))
rep("mt-a.txt", "Marcus Pell, Tessaline’s project director",
 "Marcus Pell, Tessaline’s project director, says the firm “delivered exactly what the client asked for”, and on the narrow question of the contract he may even be right. |  |  | quotation | 1 | Pell's defence quoted and half-conceded; it accuses no one and the writer blames no one in it")
rep("mt-b.txt", "The authority, to its credit, objected once",
 "The authority, to its credit, objected once, in a letter that is now the most quoted document in the city. |  |  | credit | 1 | credit to the authority; no blame")
rep("mt-b.txt", "She will not, of course",
 "She may not, of course; lists like that have a way of staying in drawers. |  |  | hypothetical | 1 | She → the mayor; a guess about the future, no past failure asserted")
after("mt-b.txt", "There is a simpler story, and it is sadder",
 "Reyes has since apologised, which is more than most people in this story have managed. |  |  | credit | 1 | credit to Reyes (riders); 'most people' names no listed actor")
rep("ya-a.txt", "Its president, Bernard Achterberg",
 "Its president, Bernard Achterberg, now promises a ‘duty of care review’ by the autumn. |  |  | scare_quote | 1 | Its → the federation; a promise quoted at a distance, no fault asserted")
rep("ya-b.txt", "The Professional Footballers' Union has found a cause",
 "The Professional Footballers' Union has found a cause, and it is pursuing it with the zeal of a convert. |  |  | characterisation | 1 | 'zeal of a convert' describes manner, not a fault or failure")
rep("nc-a.txt", "They were, however, lending",
 "They were, however, lending to a business that looked after toddlers, and toddlers do not appear on a balance sheet. |  |  | pronoun | 1 | They → the lender's partners; an observation, no harm or failure asserted")
rep("nc-a.txt", "When Calder Street called in the loan",
 "Calder Street called in the loan on a Friday afternoon, as the contract allowed it to. |  |  | neutral | 1 | the lender named; writer a presents the call-in as within its rights here")
rep("nc-a.txt", "Due diligence, it turns out",
 "Due diligence, it turns out, is a phrase that appears in every council’s procurement manual. |  |  | possessive | 1 | 'every council's manual' is not a fault noun; no failure asserted in this sentence")
rep("nc-b.txt", "Julian Mercer-Hale makes it easy",
 "Julian Mercer-Hale, with his helicopter and his podcast, certainly looks the part. |  |  | characterisation | 1 | appearance, not a fault of character or conduct")
