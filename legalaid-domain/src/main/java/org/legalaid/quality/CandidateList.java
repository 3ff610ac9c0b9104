package org.legalaid.quality;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A campaign's candidate list (issue 16: "the seed and the candidate list are stored, and anyone can re-run
 * the draw and get the same cases"): every archived case of the window and units, in case-id order, held in
 * primitive arrays — a campaign over a million archived cases reads, draws from and stores its list without a
 * million objects (the 2-second goal of issue 16 "Speed", README Benchmarks).
 *
 * <p><b>Stored form.</b> {@link #encode()} writes the list compactly (before gzip; the SHA-256 stored with the
 * campaign is that of these bytes):
 * <pre>
 *   "LAQC2\n"                                  magic and format version
 *   varint n                                   number of candidates
 *   varint u, then u varints                   the distinct unit ids, ascending, each the difference to the last
 *   n varints                                  each case id's difference to the previous one (the first: to 0)
 *   n varints                                  (unit index × kinds + kind ordinal) × 2 + findings (1|0)
 * </pre>
 * where a varint is the unsigned LEB128 of a non-negative number, kinds is the number of {@link FormKind}s
 * and the kind ordinal is {@link FormKind#ordinal()}. Campaigns drawn before this form stored the list as
 * text, one {@link Candidate#line()} a line in case-id order; {@link #decode(byte[])} reads both, so their
 * draws can still be re-run.
 */
public final class CandidateList {

    private static final byte[] MAGIC = "LAQC2\n".getBytes(StandardCharsets.US_ASCII);
    private static final FormKind[] KINDS = FormKind.values();

    private final long[] caseIds;
    private final long[] unitIds;
    /** kind ordinal × 2 + findings. */
    private final byte[] flags;

    private CandidateList(long[] caseIds, long[] unitIds, byte[] flags) {
        this.caseIds = caseIds;
        this.unitIds = unitIds;
        this.flags = flags;
    }

    /** The candidates of {@code list} in case-id order. */
    public static CandidateList of(Collection<Candidate> list) {
        Builder b = new Builder(list.size());
        list.forEach(c -> b.add(c.caseId(), c.unitId(), c.kind(), c.findings()));
        return b.build();
    }

    public int size() {
        return caseIds.length;
    }

    public long caseId(int i) {
        return caseIds[i];
    }

    public long unitId(int i) {
        return unitIds[i];
    }

    public FormKind kind(int i) {
        return KINDS[flags[i] >> 1];
    }

    public boolean findings(int i) {
        return (flags[i] & 1) != 0;
    }

    public Candidate get(int i) {
        return new Candidate(caseIds[i], unitIds[i], kind(i), findings(i));
    }

    /** The candidates as records, in case-id order (small lists; tests and checks). */
    public List<Candidate> toList() {
        Candidate[] out = new Candidate[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = get(i);
        }
        return List.of(out);
    }

    /** The stored form (see the class); case ids must not be negative. */
    public byte[] encode() {
        long[] units = Arrays.stream(unitIds).distinct().sorted().toArray();
        Bytes out = new Bytes(64 + size() * 3);
        out.write(MAGIC);
        varint(out, size());
        varint(out, units.length);
        long last = 0;
        for (long u : units) {
            varint(out, u - last);
            last = u;
        }
        last = 0;
        for (long id : caseIds) {
            if (id < last) {
                throw new IllegalStateException("a negative case id cannot be stored: " + id);
            }
            varint(out, id - last);
            last = id;
        }
        int unitIndex = 0;
        for (int i = 0; i < size(); i++) {
            if (units[unitIndex] != unitIds[i]) {
                unitIndex = Arrays.binarySearch(units, unitIds[i]);
            }
            varint(out, ((long) unitIndex * KINDS.length + (flags[i] >> 1)) * 2 + (flags[i] & 1));
        }
        return out.toArray();
    }

    /** The list stored by {@link #encode()}, or by campaigns before it as text (see the class). */
    public static CandidateList decode(byte[] data) {
        if (data.length >= MAGIC.length && Arrays.equals(data, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            int[] pos = {MAGIC.length};
            int n = Math.toIntExact(readVarint(data, pos));
            long[] units = new long[Math.toIntExact(readVarint(data, pos))];
            long last = 0;
            for (int i = 0; i < units.length; i++) {
                last += readVarint(data, pos);
                units[i] = last;
            }
            Builder b = new Builder(n);
            long[] ids = new long[n];
            last = 0;
            for (int i = 0; i < n; i++) {
                last += readVarint(data, pos);
                ids[i] = last;
            }
            for (int i = 0; i < n; i++) {
                long v = readVarint(data, pos);
                int kindAndUnit = Math.toIntExact(v / 2);
                b.add(ids[i], units[kindAndUnit / KINDS.length], KINDS[kindAndUnit % KINDS.length], v % 2 == 1);
            }
            if (pos[0] != data.length) {
                throw new IllegalArgumentException("trailing bytes after the candidate list");
            }
            return b.build();
        }
        String text = new String(data, StandardCharsets.UTF_8);
        Builder b = new Builder(1024);
        if (!text.isEmpty()) {
            for (String line : text.split("\n")) {
                Candidate c = Candidate.parse(line);
                b.add(c.caseId(), c.unitId(), c.kind(), c.findings());
            }
        }
        return b.build();
    }

    /** The distinct unit ids of the list, ascending. */
    public TreeSet<Long> units() {
        TreeSet<Long> out = new TreeSet<>();
        Arrays.stream(unitIds).distinct().forEach(out::add);
        return out;
    }

    private static void varint(Bytes out, long v) {
        if (v < 0) {
            throw new IllegalArgumentException("not a varint: " + v);
        }
        while ((v & ~0x7FL) != 0) {
            out.write((byte) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((byte) v);
    }

    /** A growing byte array (unsynchronised, unlike {@link java.io.ByteArrayOutputStream}). */
    private static final class Bytes {
        private byte[] data;
        private int size;

        Bytes(int capacity) {
            data = new byte[capacity];
        }

        void write(byte b) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = b;
        }

        void write(byte[] bytes) {
            for (byte b : bytes) {
                write(b);
            }
        }

        byte[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }

    private static long readVarint(byte[] data, int[] pos) {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos[0] >= data.length) {
                throw new IllegalArgumentException("the candidate list ends inside a number");
            }
            byte b = data[pos[0]++];
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IllegalArgumentException("a number of the candidate list is too long");
    }

    /** Collects candidates in any order; {@link #build()} puts them in case-id order. */
    public static final class Builder {
        private long[] caseIds;
        private long[] unitIds;
        private byte[] flags;
        private int size;

        public Builder(int expected) {
            int capacity = Math.max(16, expected);
            caseIds = new long[capacity];
            unitIds = new long[capacity];
            flags = new byte[capacity];
        }

        public Builder add(long caseId, long unitId, FormKind kind, boolean findings) {
            Objects.requireNonNull(kind, "kind");
            if (size == caseIds.length) {
                int capacity = size + (size >> 1) + 16;
                caseIds = Arrays.copyOf(caseIds, capacity);
                unitIds = Arrays.copyOf(unitIds, capacity);
                flags = Arrays.copyOf(flags, capacity);
            }
            caseIds[size] = caseId;
            unitIds[size] = unitId;
            flags[size] = (byte) (kind.ordinal() * 2 + (findings ? 1 : 0));
            size++;
            return this;
        }

        public CandidateList build() {
            long[] ids = Arrays.copyOf(caseIds, size);
            long[] units = Arrays.copyOf(unitIds, size);
            byte[] f = Arrays.copyOf(flags, size);
            boolean sorted = true;
            for (int i = 1; i < size && sorted; i++) {
                sorted = ids[i - 1] <= ids[i];
            }
            if (sorted) {
                return new CandidateList(ids, units, f);
            }
            int[] order = sortedOrder(ids);
            long[] sIds = new long[size];
            long[] sUnits = new long[size];
            byte[] sFlags = new byte[size];
            for (int i = 0; i < size; i++) {
                sIds[i] = ids[order[i]];
                sUnits[i] = units[order[i]];
                sFlags[i] = f[order[i]];
            }
            return new CandidateList(sIds, sUnits, sFlags);
        }

        /** The positions of {@code keys} in ascending order of key (a stable bottom-up merge sort). */
        private static int[] sortedOrder(long[] keys) {
            int n = keys.length;
            int[] a = new int[n];
            for (int i = 0; i < n; i++) {
                a[i] = i;
            }
            int[] b = new int[n];
            for (int width = 1; width < n; width *= 2) {
                for (int lo = 0; lo < n; lo += 2 * width) {
                    int mid = Math.min(lo + width, n);
                    int hi = Math.min(lo + 2 * width, n);
                    int i = lo;
                    int j = mid;
                    int k = lo;
                    while (i < mid && j < hi) {
                        b[k++] = keys[a[j]] < keys[a[i]] ? a[j++] : a[i++];
                    }
                    while (i < mid) {
                        b[k++] = a[i++];
                    }
                    while (j < hi) {
                        b[k++] = a[j++];
                    }
                }
                int[] t = a;
                a = b;
                b = t;
            }
            return a;
        }
    }
}
