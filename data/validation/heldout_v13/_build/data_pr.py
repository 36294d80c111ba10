# story, short, writer a/b columns: list of paragraphs; each sentence S(text, blamed, reported, case, hn, note)
def S(text, blamed="", reported="", case="neutral", hn=0, note=""):
    return dict(text=text, blamed=blamed, reported=reported, case=case, hn=hn, note=note)

STORY = "northmoor-records"
SHORT = "pr"
A = [
 [
  S("On the morning of 3 March, the screens in the cancer clinic at Northmoor went grey, and they stayed grey for eleven days.", case="neutral"),
  S("In those eleven days, 412 urgent referrals — the two-week letters a GP sends when a lump or a shadow cannot wait — sat unread in a queue that nobody could see.", case="victim", hn=1, note="harm to patients; no doer named"),
  S("Some of those patients have since been told that their tumours grew while they waited.", case="victim", hn=1, note="patients are victims; agentless passive"),
  S("That is not a glitch; it is a harm, and harms have authors.", case="neutral", note="no actor named"),
 ],
 [
  S("The authors, in this case, sit on the board of the Northmoor Hospitals Trust.", "trust", case="copular", note="doer: the trust's board; copular attribution (the authors of the harm are the board)"),
  S("It was the board, not the doctors, that voted in June to switch off the old records system before the new one had run a single live week.", "trust", case="cleft", note="doer: the board (cleft naming it); the doctors are the negated alternative"),
  S("Its own risk register rated a cut-over without a fallback as “high likelihood, severe impact”.", case="neutral", hn=1, note="'Its' = the board; a risk rating is not a harmful act"),
  S("The board read that line, minuted it and pressed on.", "trust", case="inaction", note="doer: the board; ignored its own warning"),
 ],
 [
  S("Helen Carrow, the trust’s chief executive, now says the outage was “an unforeseeable consequence of a supplier fault”.", reported="supplier", case="reported", hn=1, note="holder: Carrow (trust); she blames the supplier; writer distances in the next sentence"),
  S("The “unforeseeable” fault had been foreseen, in writing, the previous June.", case="scare_quote", hn=1, note="scare quotes; agentless passive, no doer"),
  S("Calyx Health Systems, the supplier, certainly shipped a patch on 2 March that corrupted the index of referral letters.", "supplier", case="plain", note="doer: Calyx; shipped a corrupting patch (concession)"),
  S("But a bad patch becomes a catastrophe only when someone has already thrown away the spare tyre, and that someone was the board.", "trust", case="copular", note="doer: the board; copular 'that someone was the board'"),
 ],
 [
  S("Where, meanwhile, was the Clinical Standards Authority?", "regulator", case="question", note="doer: the regulator; rhetorical question implying absence"),
  S("The regulator inspected Northmoor’s digital readiness in April and rated it ‘good’.", "regulator", case="scare_quote", note="doer: the regulator; ironic quotes: waved through an unready rollout"),
  S("Its inspectors spent one afternoon on site and never asked to see the fallback plan, because there was none to see.", "regulator", case="pronoun", note="'Its' = the regulator; never asked for the fallback plan"),
  S("I do not think the inspectors are villains.", case="negation", hn=1, note="negated characterisation"),
  S("I think they were looking at the wrong thing, on purpose, because looking at the right thing would have meant saying no to a minister.", "regulator", case="pronoun", note="'they' = the inspectors (regulator); deliberately looked away"),
 ],
 [
  S("The health ministry will tell you that it does not choose software for hospitals, and in a narrow sense that is true.", case="negation", hn=1, note="the ministry's denial, conceded by the writer"),
  S("But it was the ministry’s ‘Paperless by Spring’ target, with its bonus for trusts that hit the deadline, that set the clock the board was racing.", "ministry", case="cleft", note="doer: the ministry (cleft: its target set the reckless clock); the board is not blamed here"),
  S("Priya Lindqvist, the health minister, toured the new system in May and called it “the future of cancer care”.", case="quotation", hn=1, note="neutral quotation of the minister's praise"),
  S("The future, it turns out, had no backup.", case="neutral", note="irony; no actor"),
  S("The board and the ministry, between them, turned a software upgrade into a race against the calendar — and patients lost the race.", "trust;ministry", case="coordination", note="doers: the board and the ministry (coordinated)"),
 ],
 [
  S("To their credit, the radiologists saw this coming.", case="credit", hn=1, note="credit to the radiologists (union)"),
  S("In a letter to the board last July, the Radiologists’ Guild warned that scans would be “stranded without reports” if the cut-over failed.", case="neutral", hn=1, note="a warning, not blame; the board is the addressee"),
  S("The letter was read by the board in August and never answered.", "trust", case="passive", note="passive with agent: the board; ignored the warning"),
  S("The radiologists deserve none of the blame for what followed.", case="deserves", hn=1, note="negated 'deserve the blame'"),
  S("Nor does the patients’ forum, which spent the autumn collecting the stories of people who waited and was, for its trouble, ignored.", case="passive", hn=1, note="elliptical negation (does not deserve blame); 'ignored' is agentless"),
 ],
 [
  S("None of this needs a public inquiry to untangle.", case="neutral"),
  S("Had the board kept the old system running alongside the new one for a month, as its own consultants advised, the letters would have gone out on time.", "trust", case="counterfactual", note="doer: the board; past counterfactual inaction"),
  S("If the ministry wants to prevent a repeat, it should make parallel running a condition of every rollout.", case="advice", hn=1, note="advice in an open conditional"),
  S("And the board should go — not because of Calyx’s code, but because of its own choices.", "trust", case="advice", note="doer: the board; advice plus blame (its own choices); Calyx's code explicitly not the reason"),
 ],
]
B = [
 [
  S("Everyone in Northmoor seems to have decided who is guilty for the referral backlog, and it is the hospital board.", reported="trust", case="reported", hn=1, note="holder: everyone in Northmoor (public opinion); writer rejects it next"),
  S("It is a satisfying story: overpaid executives, a shiny computer, a deadline chased for a bonus.", case="characterisation", hn=1, note="characterisation belongs to the story others tell; no listed actor named"),
  S("It is also mostly wrong.", case="neutral"),
  S("I say that as someone who has covered hospital finances for twenty years.", case="neutral"),
 ],
 [
  S("Start with the thing that actually broke.", case="neutral"),
  S("On 2 March Calyx Health Systems pushed an update to every hospital on its platform without telling a single one of them.", "supplier", case="plain", note="doer: Calyx; untested silent update"),
  S("In the words of its own incident report, the update 'was deployed without regression testing on live clinical data'.", "supplier", case="quotation", note="'its' = Calyx; its own report quoted as evidence of untested deployment"),
  S("It scrambled the index that routes GP referrals to the right clinic, and the company's engineers took nine days to find the fault.", "supplier", case="pronoun", note="'It' = the update (thing); 'the company' = Calyx, nine days to find the fault"),
  S("Nine days, from the company that charges the trust £14 million over seven years, is not a teething problem; it is negligence.", "supplier", case="characterisation", note="doer: the company (Calyx); negligence; the trust is only the customer"),
 ],
 [
  S("Calyx's founder, Marcus Oyelaran, has since said his engineers were 'let down by a hospital that would not allow remote access'.", reported="trust", case="reported", hn=1, note="holder: Oyelaran; target 'a hospital' = the trust; writer refutes it"),
  S("Emails released by the trust's IT director show that remote access was granted within the hour.", case="neutral", hn=1, note="evidence; agentless passive; no blame"),
  S("So Mr Oyelaran's excuse is not merely weak; it is untrue, and he knows it.", "supplier", case="characterisation", note="doer: Oyelaran (Calyx); knowingly untrue excuse (misleading)"),
  S("Calyx deserves the lion's share of the blame, and it is time someone in this town said so.", "supplier", case="deserves", note="doer: Calyx; deserves the blame"),
 ],
 [
  S("None of this makes the board saints.", case="negation", hn=1, note="litotes; no act named"),
  S("The board's decision to switch off the old system without a fallback was a bad call, and I would not defend it to any patient who waited.", "trust", case="possessive", note="doer: the board (possessor of the faulty decision)"),
  S("But the board was acting on Calyx's written assurance that its software had 'zero known defects' at go-live.", case="scare_quote", hn=1, note="assurance quoted; not said here to be false; mitigation for the board"),
  S("That assurance was false, and the company knew of at least three open defects when it gave it.", "supplier", case="pronoun", note="'the company' = Calyx; knowingly false assurance"),
 ],
 [
  S("It has since sent the trust an invoice for the emergency repair.", case="pronoun", hn=1, note="'It' has no antecedent in this paragraph (Calyx is in the previous one): not resolved"),
  S("The Clinical Standards Authority is another matter.", case="neutral", hn=1, note="mention only"),
  S("Its inspectors are paid to ask exactly the question that matters — what happens if this thing falls over — and they did not ask it.", "regulator", case="pronoun", note="'Its' = the regulator; failed to ask"),
  S("Its chief inspector, Graham Tolley, has told MPs that digital systems are 'outside our core competence'.", case="quotation", hn=1, note="quotation kept at a distance; no blame"),
  S("Then what, exactly, were his inspectors doing when they rated Northmoor 'good'?", "regulator", case="question", note="'his inspectors' = the regulator; rhetorical question implying failure"),
 ],
 [
  S("The Radiologists' Guild has spent the month touring television studios with a letter it sent the board last summer.", case="neutral", hn=1, note="mention; mild snark, no harm"),
  S("Fair enough: the letter was prescient.", case="credit", hn=1, note="credit to the Guild's letter"),
  S("But the same union spent the autumn blocking the overtime that would have let radiologists clear the backlog of unreported scans, which is a curious way to protect patients.", "union", case="plain", note="doer: the union; blocked overtime (harm to the backlog); sarcasm"),
  S("The Cancer Patients' Forum, whose members have lived this, deserves to be heard before any of us columnists.", case="credit", hn=1, note="'deserves' with no blame: praise"),
  S("Ruth Abara, its chair, says the ministry 'abandoned cancer patients to a spreadsheet'.", reported="ministry", case="reported", hn=1, note="holder: Abara (patients' forum); writer distances next"),
 ],
 [
  S("I am less sure than Ms Abara that the ministry is the villain here.", case="negation", hn=1, note="writer declines the reported blame"),
  S("Its paperless target was ambitious, but targets do not push updates at midnight.", case="pronoun", hn=1, note="'Its' = the ministry; 'ambitious' is not a fault"),
  S("Had Calyx tested its patch on a single live hospital before releasing it to forty, the letters would have reached the clinics on time.", "supplier", case="counterfactual", note="doer: Calyx; past counterfactual"),
  S("If its next update fails the same way, the trust will have nobody to blame but itself.", case="hypothetical", hn=1, note="future conditional; asserts nothing about the trust or Calyx"),
  S("The minister should make the company pay for every week of delay and publish the contract so we can all see what it promised.", case="advice", hn=1, note="advice to the minister"),
 ],
]
