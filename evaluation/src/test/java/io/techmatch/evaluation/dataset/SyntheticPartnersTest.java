package io.techmatch.evaluation.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.techmatch.core.search.EvidenceDocument;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SyntheticPartnersTest {
    static final SyntheticPartners.Settings SMALL = new SyntheticPartners.Settings(7, 6, 30, 10, 3.0, 0.1, 0.3);

    @Test
    void sameSeedSameWorldOtherSeedOtherWorld() {
        assertThat(SyntheticPartners.load(SMALL).checksum()).isEqualTo(SyntheticPartners.load(SMALL).checksum());
        SyntheticPartners.Settings other = new SyntheticPartners.Settings(8, 6, 30, 10, 3.0, 0.1, 0.3);
        assertThat(SyntheticPartners.load(other).checksum()).isNotEqualTo(SyntheticPartners.load(SMALL).checksum());
    }

    @Test
    void everyNeedHasPlantedPartnersAndEverythingIsLabelledSynthetic() {
        Dataset d = SyntheticPartners.load(SMALL);
        assertThat(d.topics()).hasSize(10);
        for (Topic t : d.topics()) {
            assertThat(d.qrels().forQuery(t.id())).hasSize(30);
            assertThat(t.title()).contains("（合成）");
        }
        assertThat(d.corpus().orgs()).hasSize(30).allSatisfy((id, name) -> {
            assertThat(id).startsWith("SYN-");
            assertThat(name).contains("（合成）");
        });
        assertThat(d.corpus().documents()).allSatisfy(p -> assertThat(p.id()).startsWith("SYN-PAT-"));
        assertThat(d.corpus().documents()).extracting(EvidenceDocument::ownerIds).anySatisfy(o -> assertThat(o).hasSize(2));
    }

    @Test
    void patentsFollowTheHiddenProfilesAndJudgmentsAreExactlyTheProfiles() {
        SyntheticPartners.World world = SyntheticPartners.generate(SMALL);
        Map<String, List<String>> profiles = world.profiles().stream()
                .collect(Collectors.toMap(SyntheticPartners.Profile::orgId, SyntheticPartners.Profile::subclasses));
        List<EvidenceDocument> patents = world.dataset().corpus().documents();
        long inProfile = patents.stream()
                .filter(p -> profiles.get(p.ownerIds().get(0)).contains(p.ipcCodes().get(0).substring(0, 4))).count();
        // noise is 10%: about 90% of the first applicants' patents lie in their profile (plus noise that hits it)
        assertThat(inProfile / (double) patents.size()).isBetween(0.8, 0.99);
        // a co-applicant always has the patent's subclass in its profile
        patents.stream().filter(p -> p.ownerIds().size() == 2).forEach(p ->
                assertThat(profiles.get(p.ownerIds().get(1))).contains(p.ipcCodes().get(0).substring(0, 4)));
        for (Topic t : world.dataset().topics()) {
            Map<String, Integer> judged = world.dataset().qrels().forQuery(t.id());
            Set<String> needSubclasses = profiles.entrySet().stream().filter(e -> judged.get(e.getKey()) == 2)
                    .map(e -> e.getValue().get(0)).collect(Collectors.toSet());
            assertThat(needSubclasses).hasSizeLessThanOrEqualTo(1);
        }
    }

    @Test
    void poissonHasTheRequestedMean() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        double sum = 0;
        for (int i = 0; i < 20_000; i++) {
            sum += SyntheticPartners.poisson(r, 5.0);
        }
        assertThat(sum / 20_000).isBetween(4.9, 5.1);
    }
}
