package org.legalaid.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount in Chinese capital numerals (大写金额) as vouchers and bank forms write it, e.g.
 * 1,200.00 → 人民币壹仟贰佰元整, 1,005.05 → 人民币壹仟零伍元零伍分, 0.05 → 人民币伍分: digits
 * 零壹贰叁肆伍陆柒捌玖, places 拾佰仟 within groups of four, groups 万 and 亿; one 零 for any run
 * of zeros between written digits; 整 after 元 or 角 when there are no 分.
 */
public final class ChineseAmount {

    private static final char[] DIGITS = "零壹贰叁肆伍陆柒捌玖".toCharArray();
    private static final String[] PLACES = {"", "拾", "佰", "仟"};
    private static final String[] GROUPS = {"", "万"};
    private static final long YI = 100_000_000L;

    private ChineseAmount() {
    }

    /** The amount, rounded to the fen, in capitals with the 人民币 prefix; negative amounts are refused. */
    public static String of(BigDecimal amount) {
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("negative amount " + amount);
        }
        BigDecimal a = amount.setScale(2, RoundingMode.HALF_UP);
        if (a.signum() < 0) {
            throw new IllegalArgumentException("negative amount " + a);
        }
        if (a.compareTo(new BigDecimal("10000000000000000")) >= 0) {
            throw new IllegalArgumentException("amount too large " + a);
        }
        long yuan = a.longValue();
        int cents = a.remainder(BigDecimal.ONE).movePointRight(2).intValue();
        int jiao = cents / 10;
        int fen = cents % 10;
        StringBuilder sb = new StringBuilder("人民币");
        if (yuan == 0 && cents == 0) {
            return sb.append("零元整").toString();
        }
        if (yuan > 0) {
            sb.append(integer(yuan)).append('元');
        }
        if (jiao == 0 && fen == 0) {
            return sb.append('整').toString();
        }
        if (jiao > 0) {
            sb.append(DIGITS[jiao]).append('角');
        } else if (yuan > 0) {
            sb.append('零');
        }
        if (fen > 0) {
            sb.append(DIGITS[fen]).append('分');
        } else {
            sb.append('整');
        }
        return sb.toString();
    }

    /**
     * Whole yuan: the part of 亿 and above written like a number below 亿 followed by 亿 (so 10¹² is
     * 壹万亿 and 1,234,500,000,000 is 壹万贰仟叁佰肆拾伍亿), then the rest, with one 零 when the rest has
     * fewer than eight digits.
     */
    private static String integer(long n) {
        if (n < YI) {
            return belowYi(n, false);
        }
        long high = n / YI;
        long rest = n % YI;
        StringBuilder sb = new StringBuilder(belowYi(high, false)).append('亿');
        if (rest > 0) {
            sb.append(belowYi(rest, rest < YI / 10));
        }
        return sb.toString();
    }

    /** A number below 亿 in groups of 万; {@code leadingZero} writes one 零 before it. */
    private static String belowYi(long n, boolean leadingZero) {
        StringBuilder sb = new StringBuilder();
        boolean started = false;
        boolean zeroPending = leadingZero;
        for (int g = 1; g >= 0; g--) {
            int group = (int) ((n / pow10(4 * g)) % 10000);
            if (group == 0) {
                zeroPending |= started;
                continue;
            }
            if (started && group < 1000) {
                zeroPending = true;
            }
            for (int p = 3; p >= 0; p--) {
                int d = (int) (group / pow10(p) % 10);
                if (d == 0) {
                    zeroPending |= started;
                } else {
                    if (zeroPending) {
                        sb.append('零');
                        zeroPending = false;
                    }
                    sb.append(DIGITS[d]).append(PLACES[p]);
                    started = true;
                }
            }
            sb.append(GROUPS[g]);
        }
        return sb.toString();
    }

    private static long pow10(int e) {
        long r = 1;
        for (int i = 0; i < e; i++) {
            r *= 10;
        }
        return r;
    }
}
