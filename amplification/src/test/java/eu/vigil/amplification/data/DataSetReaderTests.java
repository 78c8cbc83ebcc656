package eu.vigil.amplification.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.vigil.amplification.synthetic.SyntheticDesigns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataSetReaderTests {

  @TempDir
  Path dir;

  private void minimalTables() throws IOException {
    Files.writeString(dir.resolve("accounts.csv"), """
        account_id,platform,market,language,arm,persona,ideology_seed,logged_in
        a1,youtube,DE,de,treat,engaged,vrwe,true
        a2,youtube,DE,de,base,baseline,,false
        """);
    Files.writeString(dir.resolve("items.csv"), """
        item_id,platform,label_code,dsa_category,annotator_ids
        i1,youtube,TVE-1,STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY,c1;c2
        i2,youtube,NEU,,
        """);
    Files.writeString(dir.resolve("impressions.csv"), """
        account_id,session_id,step,surface,position,item_id
        a1,s1,1,home_feed,1,i1
        a2,s1,1,home_feed,1,i2
        """);
  }

  @Test
  void readsValidCsvTablesWithHashes() throws IOException {
    minimalTables();
    DataSet d = DataSetReader.read(dir);
    assertThat(d.accounts()).hasSize(2);
    assertThat(d.accounts().get(1).loggedIn()).isFalse();
    assertThat(d.items().getFirst().annotatorIds()).containsExactly("c1", "c2");
    assertThat(d.inputSha256()).containsOnlyKeys("accounts.csv", "items.csv", "impressions.csv");
    assertThat(d.inputSha256().get("items.csv")).hasSize(64);
  }

  @Test
  void unknownDsaCategoryIsAnErrorNamingFileRowAndColumn() throws IOException { // R11
    minimalTables();
    Files.writeString(dir.resolve("items.csv"), """
        item_id,platform,label_code,dsa_category
        i1,youtube,TVE-1,STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY
        i2,youtube,NEU,STATEMENT_CATEGORY_MADE_UP
        """);
    assertThatThrownBy(() -> DataSetReader.read(dir)).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.problems()).containsExactly(new InputProblem("items.csv", 3, "dsa_category",
            "unknown DSA statement category 'STATEMENT_CATEGORY_MADE_UP'")))
        .hasMessageContaining("items.csv row 3, column dsa_category");
  }

  @Test
  void legacyDsaCategoryIsAccepted() throws IOException { // R11
    minimalTables();
    Files.writeString(dir.resolve("items.csv"), """
        item_id,platform,label_code,dsa_category
        i1,youtube,BL-1,STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE
        i2,youtube,NEU,Pornography or sexualized content
        """);
    assertThat(DataSetReader.read(dir).items()).extracting(Item::dsaCategory).allMatch(c -> c.legacy());
  }

  @Test
  void collectsEveryProblemOfEveryRow() throws IOException {
    minimalTables();
    Files.writeString(dir.resolve("accounts.csv"), """
        account_id,platform,market,language,arm,persona
        a1,youtube,Germany,de,treat,engaged
        a2,youtube,DE,de,sideways,baseline
        a2,youtube,DE,de,base,baseline
        """);
    Files.writeString(dir.resolve("impressions.csv"), """
        account_id,session_id,step,surface,position,item_id
        a1,s1,x,home_feed,0,i1
        zz,s1,1,home_feed,1,i9
        """);
    assertThatThrownBy(() -> DataSetReader.read(dir)).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.problems()).extracting(p -> p.file() + ":" + p.row() + ":" + p.column())
            .containsExactlyInAnyOrder("accounts.csv:2:market", "accounts.csv:3:arm", "impressions.csv:2:step",
                "impressions.csv:2:position", "impressions.csv:3:account_id", "impressions.csv:3:item_id"));
  }

  @Test
  void quotedCsvFieldsMayHoldCommasQuotesAndNewlines() throws IOException {
    minimalTables();
    Files.writeString(dir.resolve("items.csv"), "item_id,platform,label_code,gifct_entity\r\n"
        + "i1,youtube,TVE-1,\"Entity, \"\"quoted\"\"\nline two\"\r\ni2,youtube,NEU,\r\n");
    DataSet d = DataSetReader.read(dir);
    assertThat(d.items().getFirst().gifctEntity()).isEqualTo("Entity, \"quoted\"\nline two");
  }

  @Test
  void jsonTablesReadLikeCsvAndNameTheArrayPosition() throws IOException {
    minimalTables();
    Files.delete(dir.resolve("accounts.csv"));
    Files.writeString(dir.resolve("accounts.json"), """
        [{"account_id": "a1", "platform": "youtube", "market": "DE", "language": "de", "arm": "treat",
          "persona": "engaged", "logged_in": true},
         {"account_id": "a2", "platform": "youtube", "market": "DE", "language": "de", "arm": "base",
          "persona": "baseline", "logged_in": "maybe"}]
        """);
    assertThatThrownBy(() -> DataSetReader.read(dir)).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.problems()).containsExactly(new InputProblem("accounts.json", 2, "logged_in",
            "'maybe' is not a boolean (true/false)")));
  }

  @Test
  void writerAndReaderRoundTripAGeneratedDataSet() {
    DataSet generated = SyntheticDesigns.generate("demo", 5).data();
    DataSetWriter.write(generated, dir);
    DataSet read = DataSetReader.read(dir);
    assertThat(read.accounts()).isEqualTo(generated.accounts());
    assertThat(read.items()).isEqualTo(generated.items());
    assertThat(read.impressions()).isEqualTo(generated.impressions());
    assertThat(read.annotations()).isEqualTo(generated.annotations());
    assertThat(read.aggregates()).isEqualTo(generated.aggregates());
  }

  @Test
  void missingRequiredTableIsNamed() {
    assertThatThrownBy(() -> DataSetReader.read(dir)).hasMessageContaining("required table missing")
        .hasMessageContaining("accounts.csv");
  }
}
