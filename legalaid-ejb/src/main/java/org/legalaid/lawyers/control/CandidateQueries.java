package org.legalaid.lawyers.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.legalaid.lawyers.InterestRelation;
import org.legalaid.lawyers.LawyerStatus;
import org.legalaid.lawyers.Specialty;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The facts the assignment ranking needs about every lawyer of the pool, read in three SQL queries
 * (issue 4 "Speed": 10,000 lawyers). The first reads the lawyers who serve the case's district,
 * with the firm and, restricted to what the case asks about, which of the asked-for specialties and
 * languages each has. The second reads the rest of the pool — only counted on the screen, by reason —
 * as groups of lawyers alike in every fact a rule reads (status, the needed specialty and language,
 * senior enough, juvenile experience, capacity, conflicts): a few rows whatever the pool's size; the
 * rules themselves stay in {@link org.legalaid.lawyers.AssignmentRanking}. The third reads
 * the conflicts: which lawyers and firms acted for,
 * or are related to, any of the case's opposing parties, from the clients of past assignments and
 * the declared interests, by the indexed party keys.
 *
 * <p>PostgreSQL (arrays); the H2 database of the unit tests never runs it.
 */
@ApplicationScoped
public class CandidateQueries {

    private static final String SERVING = """
            select l.id, l.firm_id, l.name, f.name, l.status, l.criminal_practice_since, l.juvenile_experience,
                   l.open_cases, l.max_open_cases,
                   array(select s.specialty from lawyer_specialty s where s.lawyer_id = l.id and s.specialty = any (?)),
                   %s
              from lawyer_region r
              join lawyer l on l.id = r.lawyer_id
              join law_firm f on f.id = l.firm_id
             where r.region_code = ?
            """;

    /**
     * The rest of the pool as groups of lawyers alike in every fact a rule reads: a handful of rows
     * instead of thousands, whatever the size of the pool. A fact the case does not ask about (no
     * specialty or language needed, no conflict known) is the constant false, so PostgreSQL does not
     * look it up for every lawyer; the placeholders ({@code %s}) take fixed fragments only.
     */
    private static final String OTHERS = """
            select l.status, %s as has_specialty, %s as speaks,
                   coalesce(l.criminal_practice_since <= ?, false) as senior,
                   l.juvenile_experience,
                   l.open_cases >= l.max_open_cases as full,
                   %s as acted, %s as firm_acted, %s as related,
                   count(*)
              from lawyer l
             where not exists (select 1 from lawyer_region r where r.lawyer_id = l.id and r.region_code = ?)
             group by 1, 2, 3, 4, 5, 6, 7, 8, 9
            """;

    private static final String CONFLICTS = """
            select a.lawyer_id, a.firm_id, a.client_key, 'ASSIGNMENT' from assignment a where a.client_key = any (?)
            union all
            select i.lawyer_id, l.firm_id, i.party_key, i.relation from lawyer_interest i
              join lawyer l on l.id = i.lawyer_id where i.party_key = any (?)
            """;

    @Resource(lookup = "java:jboss/datasources/LegalAidDS")
    private DataSource dataSource;

    /**
     * One lawyer as the case sees them.
     *
     * @param name         null for a lawyer of another district (not shown one by one)
     * @param servesRegion whether the lawyer serves the case's district
     * @param specialties  those of the asked-for specialties the lawyer has
     * @param languages    those of the asked-for languages the lawyer speaks
     */
    public record Row(long lawyerId, long firmId, String name, String firmName, LawyerStatus status,
                      LocalDate criminalPracticeSince, boolean juvenileExperience, int openCases, int maxOpenCases,
                      boolean servesRegion, Set<Specialty> specialties, Set<String> languages) {
    }

    /** Party keys per lawyer and per firm, from legal aid assignments and declared interests. */
    public record Conflicts(Map<Long, Set<String>> lawyerActedFor, Map<Long, Set<String>> firmActedFor,
                            Map<Long, Set<String>> lawyerRelatedTo) {

        public Set<String> lawyer(long id) {
            return lawyerActedFor.getOrDefault(id, Set.of());
        }

        public Set<String> firm(long id) {
            return firmActedFor.getOrDefault(id, Set.of());
        }

        public Set<String> related(long id) {
            return lawyerRelatedTo.getOrDefault(id, Set.of());
        }
    }

    /**
     * The lawyers who serve {@code region}, with names, and of {@code specialties} and
     * {@code languages} (needed and helpful ones) those each has.
     */
    public List<Row> serving(String region, Collection<Specialty> specialties, Collection<String> languages) {
        String sql = SERVING.formatted(languages.isEmpty() ? "null::varchar[]"
                : "array(select g.language_code from lawyer_language g where g.lawyer_id = l.id and g.language_code = any (?))");
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setArray(i++, c.createArrayOf("varchar", specialties.stream().map(Enum::name).toArray()));
            if (!languages.isEmpty()) {
                ps.setArray(i++, c.createArrayOf("varchar", languages.toArray()));
            }
            ps.setString(i, region);
            List<Row> rows = new ArrayList<>(2_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Date criminal = rs.getDate(6);
                    rows.add(new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            LawyerStatus.valueOf(rs.getString(5)), criminal == null ? null : criminal.toLocalDate(),
                            rs.getBoolean(7), rs.getInt(8), rs.getInt(9), true,
                            specialties(rs.getArray(10)), strings(rs.getArray(11))));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the candidates failed", e);
        }
    }

    /**
     * Lawyers of other districts alike in every fact an exclusion rule reads, and how many.
     *
     * @param lawyers how many lawyers share these facts
     */
    public record Group(LawyerStatus status, boolean hasSpecialty, boolean speaks, boolean seniorEnough, boolean juvenile,
                        boolean full, boolean actedFor, boolean firmActedFor, boolean related, long lawyers) {
    }

    /**
     * The rest of the pool — the lawyers who do not serve {@code region} — grouped by the facts the
     * rules read, to be counted on the screen by reason.
     *
     * @param specialty     the specialty the case needs, or null
     * @param language      the language the case needs, or null
     * @param seniorSince   the latest start of criminal practice that makes the senior years by today
     * @param conflicts     the conflicts of the case's opposing parties
     */
    public List<Group> others(String region, Specialty specialty, String language, LocalDate seniorSince, Conflicts conflicts) {
        boolean acted = !conflicts.lawyerActedFor().isEmpty();
        boolean firmActed = !conflicts.firmActedFor().isEmpty();
        boolean related = !conflicts.lawyerRelatedTo().isEmpty();
        String sql = OTHERS.formatted(
                specialty == null ? "false" : "exists (select 1 from lawyer_specialty s where s.lawyer_id = l.id and s.specialty = ?)",
                language == null ? "false" : "exists (select 1 from lawyer_language g where g.lawyer_id = l.id and g.language_code = ?)",
                acted ? "l.id = any (?)" : "false", firmActed ? "l.firm_id = any (?)" : "false", related ? "l.id = any (?)" : "false");
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (specialty != null) {
                ps.setString(i++, specialty.name());
            }
            if (language != null) {
                ps.setString(i++, language);
            }
            ps.setDate(i++, Date.valueOf(seniorSince));
            if (acted) {
                ps.setArray(i++, c.createArrayOf("bigint", conflicts.lawyerActedFor().keySet().toArray()));
            }
            if (firmActed) {
                ps.setArray(i++, c.createArrayOf("bigint", conflicts.firmActedFor().keySet().toArray()));
            }
            if (related) {
                ps.setArray(i++, c.createArrayOf("bigint", conflicts.lawyerRelatedTo().keySet().toArray()));
            }
            ps.setString(i, region);
            List<Group> groups = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    groups.add(new Group(LawyerStatus.valueOf(rs.getString(1)), rs.getBoolean(2), rs.getBoolean(3),
                            rs.getBoolean(4), rs.getBoolean(5), rs.getBoolean(6), rs.getBoolean(7), rs.getBoolean(8),
                            rs.getBoolean(9), rs.getLong(10)));
                }
            }
            return groups;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the other lawyers failed", e);
        }
    }

    /** Who acted for, or is related to, any of the parties keyed {@code partyKeys}. */
    public Conflicts conflicts(Collection<String> partyKeys) {
        Map<Long, Set<String>> lawyer = new HashMap<>();
        Map<Long, Set<String>> firm = new HashMap<>();
        Map<Long, Set<String>> related = new HashMap<>();
        if (partyKeys.isEmpty()) {
            return new Conflicts(lawyer, firm, related);
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(CONFLICTS)) {
            Array keys = c.createArrayOf("varchar", partyKeys.toArray());
            ps.setArray(1, keys);
            ps.setArray(2, keys);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long lawyerId = rs.getLong(1);
                    long firmId = rs.getLong(2);
                    String key = rs.getString(3);
                    String source = rs.getString(4);
                    if (InterestRelation.RELATIVE.name().equals(source)) {
                        related.computeIfAbsent(lawyerId, k -> new HashSet<>()).add(key);
                    } else {
                        if (!InterestRelation.FIRM_CLIENT.name().equals(source)) {
                            lawyer.computeIfAbsent(lawyerId, k -> new HashSet<>()).add(key);
                        }
                        // what a lawyer of the firm did for a client, the firm did
                        firm.computeIfAbsent(firmId, k -> new HashSet<>()).add(key);
                    }
                }
            }
            return new Conflicts(lawyer, firm, related);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the conflicts failed", e);
        }
    }

    /**
     * The district most of the unit's firms are in: where a notified criminal case is handled when
     * the notice names no district (a notice names the organ, not a district code).
     */
    public java.util.Optional<String> homeRegion(long unitId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select region_code from law_firm where unit_id = ? group by region_code order by count(*) desc, region_code limit 1")) {
            ps.setLong(1, unitId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.of(rs.getString(1).strip()) : java.util.Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the unit's region failed", e);
        }
    }

    private static Set<Specialty> specialties(Array a) throws SQLException {
        if (a == null) {
            return Set.of();
        }
        Set<Specialty> out = EnumSet.noneOf(Specialty.class);
        for (Object o : (Object[]) a.getArray()) {
            out.add(Specialty.valueOf((String) o));
        }
        return out;
    }

    private static Set<String> strings(Array a) throws SQLException {
        if (a == null) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        for (Object o : (Object[]) a.getArray()) {
            out.add((String) o);
        }
        return out;
    }
}
