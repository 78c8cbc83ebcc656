package eu.vigil.amplification.data;

import eu.vigil.amplification.taxonomy.DsaCategory;
import eu.vigil.amplification.taxonomy.DsaKeyword;
import eu.vigil.amplification.taxonomy.LabelCode;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Maps raw rows to the typed records of each table, collecting every problem of a row. */
final class EntityRows {

  static final Set<String> ACTIONS = Set.of("watch", "like", "follow", "share", "search");
  private static final Pattern KEYWORD = Pattern.compile("KEYWORD_[A-Z_]+");

  private EntityRows() {}

  static @Nullable Account account(SourceRow r, List<InputProblem> problems) {
    RowParser p = new RowParser(r, problems);
    Account a = new Account(p.token("account_id"), p.token("platform"), p.market("market"),
        p.language("language", true), p.parsed("arm", true, Arm::parse), p.token("persona"),
        p.optional("ideology_seed"), p.bool("logged_in", true), p.optional("pair_id"),
        p.timestamp("created_at"), p.optional("protocol_id"));
    return p.valid() ? a : null;
  }

  static @Nullable Interaction interaction(SourceRow r, List<InputProblem> problems) {
    RowParser p = new RowParser(r, problems);
    String action = p.required("action");
    if (!action.isEmpty() && !ACTIONS.contains(action)) {
      p.problem("action", "unknown action '" + action + "' (expected watch, like, follow, share, search)");
    }
    Interaction i = new Interaction(p.token("account_id"), p.token("item_id"), action,
        p.decimal("watch_fraction", 0, 1), p.timestamp("ts"));
    return p.valid() ? i : null;
  }

  static @Nullable Impression impression(SourceRow r, List<InputProblem> problems) {
    RowParser p = new RowParser(r, problems);
    Impression i = new Impression(p.token("account_id"), p.token("session_id"), p.integer("step", 0),
        p.token("surface"), p.integer("position", 1), p.token("item_id"), p.timestamp("ts"));
    return p.valid() ? i : null;
  }

  static @Nullable Item item(SourceRow r, List<InputProblem> problems) {
    RowParser p = new RowParser(r, problems);
    String id = p.token("item_id");
    String platform = p.token("platform");
    LabelCode code = p.parsed("label_code", true, LabelCode::parse);
    DsaCategory category = p.parsed("dsa_category", false, DsaCategory::parse);
    String keyword = p.optional("dsa_keyword");
    if (keyword != null) {
      keyword = keyword(p, keyword, category);
    }
    LabelSource source = p.parsed("label_source", false, LabelSource::parse);
    String annotators = p.optional("annotator_ids");
    Item item = new Item(id, platform, p.optional("creator_id"), p.language("language", false),
        code == null ? LabelCode.NEU : code, p.optional("ideology"), category, keyword,
        p.optional("gifct_entity"), p.optional("tcap_group"), p.decimal("slant", -1, 1),
        source == null ? LabelSource.HUMAN : source, p.decimal("model_score", 0, 1),
        annotators == null ? List.of()
            : Arrays.stream(annotators.split("[;|]")).map(String::strip).filter(s -> !s.isEmpty())
                .toList());
    return p.valid() ? item : null;
  }

  private static @Nullable String keyword(RowParser p, String text, @Nullable DsaCategory category) {
    try {
      DsaKeyword k = DsaKeyword.parse(text);
      DsaCategory current = category == null ? null : category.successor();
      if (category != null && k.category() != null && k.category() != current) {
        p.problem("dsa_keyword", k.apiName() + " does not belong to " + category.apiName());
      }
      return k.apiName();
    } catch (IllegalArgumentException e) {
      if (KEYWORD.matcher(text).matches()) {
        return text; // a database keyword outside the subset the taxonomy maps to
      }
      p.problem("dsa_keyword", e.getMessage());
      return null;
    }
  }

  static @Nullable Annotation annotation(SourceRow r, List<InputProblem> problems) {
    RowParser p = new RowParser(r, problems);
    Annotation a = new Annotation(p.token("item_id"), p.token("annotator_id"),
        p.parsed("label_code", true, LabelCode::parse));
    return p.valid() ? a : null;
  }

  static @Nullable Aggregate aggregate(SourceRow r, List<InputProblem> problems) {
    RowParser p = new RowParser(r, problems);
    Aggregate a = new Aggregate(p.token("set_id"), p.parsed("arm", true, Arm::parse),
        p.count("n_users"), p.count("n_reached"), p.required("window"));
    if (p.valid() && a.nReached() > a.nUsers()) {
      p.problem("n_reached", "n_reached " + a.nReached() + " exceeds n_users " + a.nUsers());
    }
    if (p.valid() && a.nUsers() == 0) {
      p.problem("n_users", "must be positive");
    }
    return p.valid() ? a : null;
  }
}
