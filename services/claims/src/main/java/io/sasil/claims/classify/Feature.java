package io.sasil.claims.classify;

/**
 * The cues the rules find in a sentence. Each one that fires becomes a feature {@code cue:<label>} of
 * {@link ClaimFeatures}, whose weight the trained {@link ClaimModel} learns; the stance cues (exhortation
 * to unattributed) also become {@code cue:<label>+fact} when the sentence states a checkable fact, since
 * SPEC §3 keeps such a sentence a claim when the fact is its point.
 */
public enum Feature {
    /** A number with a counter or unit: {@code 180명}, {@code 557만 6,000달러}, {@code 47%}, {@code 두 가지}. */
    NUMBER_COUNTER("number+counter", true),
    /** An explicit date: {@code 2023년}, {@code 1월 20일}, {@code 3분기}. */
    DATE("date", true),
    /** A relative date: {@code 지난해}, {@code 올해}, {@code 어제}. */
    RELATIVE_DATE("relative-date", false),
    /** A proper noun (NNP), a Latin-script name (SL) or a single-quoted name {@code ‘딥시크’}. */
    NAMED_ENTITY("named-entity", false),
    /** A speech verb: {@code 밝혔다}, {@code 말했다}, {@code 발표했다}, {@code 전했다}, {@code 강조했다}, {@code 보도했다}. */
    ATTRIBUTION("attribution", false),
    /** A source: {@code X에 따르면}. */
    SOURCE("source", false),
    /** Direct speech: a closing quotation mark followed by {@code 라고/라며/고/며}. */
    DIRECT_QUOTE("quote", false),
    /** Hearsay or evidential reporting: {@code ~라고 한다}, {@code ~알려졌다}, {@code ~전해졌다}. */
    HEARSAY("hearsay", false),
    /** An event verb: {@code 출시했다}, {@code 설립된}, {@code 출범시켰다}, {@code 기록한}, {@code 내놓은}. */
    EVENT("event", false),
    /** A past-tense final predicate: {@code …했다}, {@code …됐다}. */
    PAST("past", false),
    /** An embedded fact: a past clause before {@code 점/사실/소식} ({@code 있었다는 점도}). */
    FACT_CLAUSE("fact-clause", false),
    /** A comparison: {@code 보다}, {@code 3배}, {@code %포인트}, {@code 10분의 1}, {@code 앞서다}, {@code 압도하다}, {@code 대비}. */
    COMPARISON("comparison", false),
    /** A ranking: {@code 1위}, {@code 최대}, {@code 최초}, {@code 가장}, {@code 세계 첫}. */
    RANKING("ranking", false),
    /** Exhortation: {@code ~해야 한다}, {@code ~해야만 한다}, {@code ~할 필요가 있다}, a title ending in {@code ~아야}. */
    EXHORTATION("exhortation", false),
    /** Prediction: {@code ~ㄹ 것이다/것이 분명하다/것으로 보인다}, {@code ~수밖에 없다}, {@code 가능성}, {@code 불가피}, {@code -겠-}. */
    PREDICTION("prediction", false),
    /** Opinion: {@code 아쉬움이 크다}, {@code ~대목이다}, {@code 과언이 아니다}, {@code 느껴지다}, {@code 우리}, … */
    OPINION("opinion", false),
    /** Interpretive restatement: {@code ~한 셈이다}. */
    RESTATEMENT("restatement", false),
    /** Question: {@code ?}, {@code ~는가}, {@code ~ㄹ까}. */
    QUESTION("question", false),
    /** Bare verdict: {@code 이 주장은 사실이 아니다}. */
    VERDICT("verdict", false),
    /** An evaluation attributed to no one: {@code 일각에서는}, {@code ~라는 평가가 나온다}. */
    UNATTRIBUTED("unattributed", false);

    private final String label;
    private final boolean checkable;

    Feature(String label, boolean checkable) {
        this.label = label;
        this.checkable = checkable;
    }

    /** The reason prefix ({@code attribution}); a reason reads {@code attribution:밝혔다}. */
    public String label() {
        return label;
    }

    /** Whether the feature is a checkable fact by itself (keeps an opinion a claim). */
    public boolean checkable() {
        return checkable;
    }
}
