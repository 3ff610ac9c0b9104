package org.legalaid.quality;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The stored candidate list: case-id order, compact, read back exactly, old text lists still read, the same draws as before")
class CandidateListTest {

    /** 20,000 candidates in 4 units with gaps between the ids, about one in seven with findings, shuffled. */
    private static List<Candidate> shuffledPopulation() {
        List<Candidate> list = new ArrayList<>();
        Random r = new Random(99);
        long id = 1000;
        for (int i = 0; i < 20_000; i++) {
            id += 1 + r.nextInt(5);
            long u = 1 + r.nextInt(4);
            FormKind k = FormKind.values()[r.nextInt(2)];
            list.add(new Candidate(id, u, k, r.nextInt(7) == 0));
        }
        Collections.shuffle(list, new Random(3));
        return list;
    }

    @Test
    void holdsTheCandidatesInCaseIdOrderAndReadsBackWhatItStored() {
        List<Candidate> shuffled = shuffledPopulation();
        CandidateList list = CandidateList.of(shuffled);
        List<Candidate> sorted = new ArrayList<>(shuffled);
        sorted.sort((a, b) -> Long.compare(a.caseId(), b.caseId()));
        assertEquals(sorted, list.toList());
        assertEquals(sorted, CandidateList.decode(list.encode()).toList());
    }

    @Test
    void storesNeighbouringCasesInAboutTwoBytesEach() {
        CandidateList.Builder b = new CandidateList.Builder(200_000);
        for (int i = 0; i < 200_000; i++) {
            b.add(900_000_000_000L + i, 4_000 + i % 20, FormKind.values()[(i / 20) % 2], i % 10 == 0);
        }
        byte[] stored = b.build().encode();
        assertTrue(stored.length < 420_000, "stored in " + stored.length + " bytes");
        CandidateList back = CandidateList.decode(stored);
        assertEquals(200_000, back.size());
        assertEquals(new Candidate(900_000_000_000L + 199_999, 4_019, FormKind.CIVIL_ADMINISTRATIVE, false), back.get(199_999));
        assertEquals(new Candidate(900_000_000_000L + 100_000, 4_000, FormKind.CRIMINAL, true), back.get(100_000));
    }

    @Test
    void readsTheTextListOfCampaignsDrawnBeforeTheCompactForm() {
        List<Candidate> shuffled = shuffledPopulation();
        String text = shuffled.stream().sorted((a, b) -> Long.compare(a.caseId(), b.caseId())).map(Candidate::line)
                .collect(Collectors.joining("\n"));
        byte[] old = text.getBytes(StandardCharsets.UTF_8);
        // the SHA-256 such a campaign stored (of its text), computed by the code that stored it
        assertEquals("ee4378fd051c5f29c585b91784c24f28f61545f616013828316e3a1e1b2e499a", Campaign.sha256(old));
        assertEquals(CandidateList.of(shuffled).toList(), CandidateList.decode(old).toList());
        assertEquals(0, CandidateList.decode(new byte[0]).size());
    }

    @Test
    void drawsTheSameCasesAsTheSamplerDidBeforeItsListWasPrimitive() {
        // hashes of the case ids the sampler drew from this population before CandidateList (2026-12-08):
        // a campaign stored then must redraw to its stored sample
        List<Candidate> shuffled = shuffledPopulation();
        Sampler.Draw perStratum = Sampler.draw(20260301L, List.of(1L, 2L, 3L, 4L, 5L), shuffled,
                SampleRule.perStratum(11, 30, EnumSet.allOf(FormKind.class)));
        assertEquals(88, perStratum.cases().size());
        assertEquals(List.of(1169L, 1366L, 1511L, 2742L, 3257L), perStratum.caseIds().subList(0, 5));
        assertEquals(733886312, perStratum.caseIds().hashCode());
        Sampler.Draw percent = Sampler.draw(7L, List.of(1L, 2L, 3L, 4L), CandidateList.of(shuffled),
                SampleRule.percent(new BigDecimal("2.5"), 50, EnumSet.allOf(FormKind.class)));
        assertEquals(504, percent.cases().size());
        assertEquals(-1033283846, percent.caseIds().hashCode());
    }

    @Test
    void refusesAListThatEndsInsideANumberOrCarriesTrailingBytes() {
        byte[] stored = CandidateList.of(shuffledPopulation()).encode();
        assertThrows(IllegalArgumentException.class, () -> CandidateList.decode(java.util.Arrays.copyOf(stored, stored.length - 1)));
        assertThrows(IllegalArgumentException.class, () -> CandidateList.decode(java.util.Arrays.copyOf(stored, stored.length + 1)));
    }
}
