package eu.vigil.registry;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Member States (with EEA states for territorial scope) and the official EU languages. Loaded once. */
@Service
public class ReferenceData {

    private final List<MemberState> states;
    private final Map<String, MemberState> byCode;
    private final List<Language> languages;
    private final Map<String, Language> languagesByCode;

    ReferenceData(JdbcClient jdbc) {
        this.states = jdbc.sql("""
                select m.code, m.name, m.eu_member,
                       coalesce(array_agg(l.language order by l.language) filter (where l.language is not null), '{}') langs
                from member_state m left join member_state_language l on l.member_state = m.code
                group by m.code, m.name, m.eu_member order by m.eu_member desc, m.name""")
                .query((rs, n) -> new MemberState(rs.getString("code"), rs.getString("name"), rs.getBoolean("eu_member"),
                        Arrays.stream((String[]) rs.getArray("langs").getArray()).map(String::strip).toList()))
                .list();
        this.byCode = states.stream().collect(Collectors.toMap(MemberState::code, Function.identity()));
        this.languages = jdbc.sql("select code, name, native_name from official_language order by name")
                .query((rs, n) -> new Language(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        this.languagesByCode = languages.stream().collect(Collectors.toMap(Language::code, Function.identity()));
    }

    /** The 27 EU Member States, by name. */
    public List<MemberState> euMemberStates() {
        return states.stream().filter(MemberState::euMember).toList();
    }

    /** EU and EEA states usable as territorial scope. */
    public List<MemberState> territorialScope() {
        return states;
    }

    public Optional<MemberState> memberState(String code) {
        return Optional.ofNullable(code).map(c -> byCode.get(c.strip().toUpperCase()));
    }

    /** Whether {@code code} is one of the 27 EU Member States. */
    public boolean isEuMemberState(String code) {
        return memberState(code).map(MemberState::euMember).orElse(false);
    }

    /** The 24 official languages, by English name. */
    public List<Language> languages() {
        return languages;
    }

    public boolean isOfficialLanguage(String code) {
        return code != null && languagesByCode.containsKey(code.strip().toLowerCase());
    }

    public Optional<Language> language(String code) {
        return Optional.ofNullable(code).map(c -> languagesByCode.get(c.strip().toLowerCase()));
    }
}
