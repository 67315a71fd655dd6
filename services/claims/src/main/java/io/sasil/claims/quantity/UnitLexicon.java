package io.sasil.claims.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The unit words and symbols that may follow a number, matched longest first: money
 * ({@code 원 달러 불 $ ₩ 유로 엔 위안 파운드 …} → ISO 4217), percentages, percentage points,
 * people, ages, birth years, ranks, ordinals, SI measures (normalised to the base unit:
 * {@code km} → ×1000 {@link Units#METRE}), temperature, frequency, power, data size, and the
 * counter words of {@link Units#COUNT}. Latin-letter units must end at a word boundary
 * ({@code 3m} but not {@code 3mo}). Immutable and thread-safe.
 */
public final class UnitLexicon {

    /** One unit surface form. {@code factor} converts the written number to the unit's base. */
    public record Entry(String surface, String unit, BigDecimal factor, String counter) {
    }

    private static final List<Entry> ENTRIES = new ArrayList<>();
    /** Entries by first char, longest first: one hash lookup per position. */
    private static final java.util.Map<Character, List<Entry>> BY_FIRST = new java.util.HashMap<>();

    /** km/h in m/s: 1000 / 3600. */
    private static final String KMH = new BigDecimal(1000).divide(new BigDecimal(3600), java.math.MathContext.DECIMAL64)
            .toPlainString();

    private static void add(String unit, String factor, String... surfaces) {
        for (String s : surfaces) {
            ENTRIES.add(new Entry(s, unit, new BigDecimal(factor), null));
        }
    }

    private static void counters(String unit, String... surfaces) {
        for (String s : surfaces) {
            ENTRIES.add(new Entry(s, unit, BigDecimal.ONE, unit.equals(Units.COUNT) ? s : null));
        }
    }

    static {
        add("KRW", "1", "원", "원화", "₩", "￦", "KRW");
        add("USD", "1", "달러", "달러화", "불", "$", "USD", "미국달러", "미화");
        add("USD", "0.01", "센트");
        add("EUR", "1", "유로", "유로화", "€", "EUR");
        add("JPY", "1", "엔", "엔화", "¥", "JPY");
        add("CNY", "1", "위안", "위안화", "元", "CNY");
        add("GBP", "1", "파운드", "£", "GBP");
        add("HKD", "1", "홍콩달러", "홍콩 달러", "HKD", "HK$");
        add("TWD", "1", "대만달러", "대만 달러", "TWD", "NT$");
        add("CAD", "1", "캐나다달러", "캐나다 달러", "CAD", "C$");
        add("AUD", "1", "호주달러", "호주 달러", "AUD", "A$");
        add("SGD", "1", "싱가포르달러", "싱가포르 달러", "SGD", "S$");
        add("NZD", "1", "뉴질랜드달러", "뉴질랜드 달러", "NZD");
        add("USD", "1", "미국 달러", "미 달러");
        add("CHF", "1", "스위스 프랑");
        add("MXN", "1", "멕시코 페소", "MXN");
        add("PHP", "1", "필리핀 페소", "PHP");
        add("IDR", "1", "루피아", "IDR");
        add("SEK", "1", "스웨덴 크로나", "SEK");
        add("RUB", "1", "루블", "RUB");
        add("INR", "1", "루피", "INR");
        add("CHF", "1", "스위스프랑", "프랑", "CHF");
        add("THB", "1", "바트", "THB");
        add("VND", "1", "베트남동", "VND");
        add("BRL", "1", "헤알", "BRL");
        add("TRY", "1", "리라", "TRY");
        add("MYR", "1", "링깃", "MYR");
        add("BTC", "1", "비트코인", "BTC");
        add(Units.PERCENT, "1", "%", "％", "퍼센트", "프로", "퍼센티지", "퍼센테이지");
        add(Units.PERCENT_POINT, "1", "%포인트", "％포인트", "%p", "%P", "%pt", "퍼센트포인트", "%포인트");
        add(Units.PERSON, "1", "명", "인", "인승");
        add(Units.AGE_YEARS, "1", "세", "살");
        add(Units.BIRTH_YEAR, "1", "년생");
        add(Units.RANK, "1", "위", "등", "등급");
        add(Units.ORDINAL, "1", "번째", "째");
        add(Units.NUMBER, "1", "차", "집");   // 2차 협상, 3집 앨범: the index of a series, neither a count nor a rank
        add(Units.RATIO, "1", "배");
        add(Units.METRE, "1000", "km", "㎞", "킬로미터", "킬로", "키로");
        add(Units.METRE, "1", "m", "미터", "메터", "메타");
        add(Units.METRE, "0.01", "cm", "㎝", "센티미터", "센치미터", "센티", "센치");
        add(Units.METRE, "0.001", "mm", "㎜", "밀리미터");
        add(Units.METRE, "1609.344", "mi", "mile", "miles", "마일", "마일즈");
        add(Units.SQUARE_METRE, "1", "㎡", "m²", "m2", "제곱미터", "평방미터");
        add(Units.SQUARE_METRE, "1000000", "㎢", "km²", "km2", "제곱킬로미터");
        add(Units.SQUARE_METRE, "3.305785", "평");
        add(Units.SQUARE_METRE, "10000", "ha", "헥타르");
        add(Units.LITRE, "1", "L", "l", "ℓ", "리터");
        add(Units.LITRE, "0.001", "ml", "mL", "㎖", "밀리리터", "미리리터", "cc");
        add(Units.LITRE, "100", "헥토리터");
        add(Units.LITRE, "3.785411784", "갤론", "갤런", "gal");
        add(Units.LITRE, "158.987294928", "배럴");
        add(Units.KILOGRAM, "1", "kg", "㎏", "킬로그램", "킬로그람");
        add(Units.KILOGRAM, "0.001", "g", "그램", "그람");
        add(Units.KILOGRAM, "0.000001", "mg", "밀리그램");
        add(Units.KILOGRAM, "1000", "t", "톤", "미터톤", "메트릭톤", "메트릭 톤");
        add(Units.KILOGRAM, "0.45359237", "lb", "lbs");
        add(Units.KILOGRAM, "0.028349523125", "oz", "온스");
        add(Units.KILOGRAM, "1000000", "킬로톤", "kt");   // mass unless an explosion is meant (AmbiguousUnits)
        add(Units.KILOGRAM, "1000000000", "메가톤", "Mt");
        add(Units.METRE_PER_SECOND, "1", "m/s", "㎧", "미터/초");
        add(Units.METRE_PER_SECOND, KMH, "km/h", "㎞/h", "kph", "킬로미터/시", "㎞/시", "km/시");
        add(Units.METRE_PER_SECOND, "0.44704", "mph");
        add(Units.JOULE, "1", "J", "줄(J)");
        add(Units.JOULE, "1000", "kJ", "킬로줄");
        add(Units.JOULE, "1000000", "MJ", "메가줄");
        add(Units.JOULE, "1000000000", "GJ", "기가줄");
        add(Units.JOULE, "4184", "kcal", "킬로칼로리");
        add(Units.KILOGRAM, "0.6", "근");
        add(Units.CELSIUS, "1", "°C", "℃", "°c");
        add(Units.FAHRENHEIT, "1", "°F", "℉");
        add(Units.DEGREE, "1", "°", "도");
        add(Units.HERTZ, "1", "Hz", "헤르츠");
        add(Units.HERTZ, "1000", "kHz", "킬로헤르츠");
        add(Units.HERTZ, "1000000", "MHz", "메가헤르츠");
        add(Units.HERTZ, "1000000000", "GHz", "기가헤르츠");
        add(Units.WATT, "1", "W", "와트");
        add(Units.WATT, "1000", "kW", "킬로와트");
        add(Units.WATT, "1000000", "MW", "메가와트");
        add(Units.WATT, "1000000000", "GW", "기가와트");
        add(Units.WATT_HOUR, "1000", "kWh", "킬로와트시");
        add(Units.WATT_HOUR, "1000000", "MWh", "메가와트시");
        add(Units.WATT_HOUR, "1000000000", "GWh", "기가와트시");
        add(Units.BYTE, "1000", "KB", "킬로바이트");
        add(Units.BYTE, "1000000", "MB", "메가바이트");
        add(Units.BYTE, "1000000000", "GB", "기가바이트");
        add(Units.BYTE, "1000000000000", "TB", "테라바이트");
        counters(Units.COUNT, "가지", "개", "개국", "개사", "개소", "곳", "건", "번", "차례", "회", "마리", "권", "장",
                "채", "대", "척", "가구", "세대", "그루", "잔", "병", "컵", "점", "표", "석", "층", "호", "종", "편", "골",
                "경기", "승", "패", "타", "벌", "켤레", "알", "통", "쪽", "군데", "자리", "기", "호기", "량", "포기",
                "개비", "부", "포인트", "단계", "개월분", "라운드", "홈런", "개교", "개팀", "팀", "곡", "병상", "촌", "당",
                "자", "사", "차원", "컷", "개국어", "필지", "칸");
        ENTRIES.sort(Comparator.comparingInt((Entry e) -> e.surface().length()).reversed());
        for (Entry e : ENTRIES) {
            BY_FIRST.computeIfAbsent(e.surface().charAt(0), k -> new ArrayList<>()).add(e);
        }
    }

    /** Counters that may follow a native numeral glued without a space ({@code 두가지}, {@code 세명}). */
    private static final String GLUED_NATIVE = "|가지|개|명|살|마리|곳|건|번|차례|잔|병|컵|그루|켤레|시간|달|해|근|번째|째|";

    private UnitLexicon() {
    }

    /** The longest unit at {@code i}, or null. */
    public static Entry match(String s, int i) {
        if (i >= s.length()) {
            return null;
        }
        List<Entry> candidates = BY_FIRST.get(s.charAt(i));
        if (candidates == null) {
            return null;
        }
        for (Entry e : candidates) {
            String u = e.surface();
            if (s.startsWith(u, i)) {
                int end = i + u.length();
                char last = u.charAt(u.length() - 1);
                if (isAsciiLetter(last) && end < s.length() && (isAsciiLetter(s.charAt(end)) || s.charAt(end) == '²')) {
                    continue;
                }
                return e;
            }
        }
        return null;
    }

    /** Whether a native numeral may be written glued to this counter. */
    public static boolean gluedToNative(String surface) {
        return GLUED_NATIVE.contains("|" + surface + "|");
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
