package org.strategyatlas.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Jurisdictions and taxonomy attributes found in sentences of several languages, with data/'s word lists. */
class MatchersTest {

    private final JurisdictionMatcher jurisdictions = new JurisdictionMatcher(Lexicons.data().jurisdictions());
    private final AttributeMatcher attributes = new AttributeMatcher(Lexicons.data().attributes());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            des collaborations avec des gouvernements comme l’Allemagne et la Grèce    | DEU;GRC
            We are also working with governments from Germany to Greece.              | DEU;GRC
            我们也在与各国政府和合作伙伴合作——从德国到希腊                               | DEU;GRC
            Le gouvernement britannique s’associe à OpenAI au Royaume-Uni.            | GBR
            entre les États-Unis et la Chine                                          | CHN;USA
            l’Union Européenne intensifie ses efforts                                 | EUU
            65 délégués d’institutions de l’UE                                        | EUU
            EU Member States ranking amongst our top markets                          | EUU
            欧盟成员国在我们的全球市场中位列前列                                       | EUU
            le fonds canadien Brookfield à Cambrai                                    | CAN
            Die Bundesregierung und Frankreich                                        | FRA
            El Gobierno de España y la Unión Europea                                  | ESP;EUU
            정부는 한국과 미국에 투자한다                                              | KOR;USA
            日本と米国の協力                                                          | JPN;USA
            Papua New Guinea, not Guinea-Bissau, and North Korea                      | GNB;PNG;PRK
            us and them, the queue, a Mali-style plan, Oman's                         | MLI;OMN
            """)
    void namesTheJurisdictionsOfASentence(String sentence, String codes) {
        assertEquals(List.of(codes.split(";")), List.copyOf(jurisdictions.codes(sentence)));
    }

    @Test
    void theContinentAndLowerCaseAcronymsAreNoJurisdiction() {
        assertEquals(List.of(), List.copyOf(jurisdictions.codes("l’adoption de l’IA à travers l’Europe, pour us")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            destinés à accueillir des data centers pour l’entraînement des modèles    | compute_infrastructure
            Comptes personnels d’apprentissage de l’IA                                | skills
            an Individual AI Learning Account to empower individuals                  | skills
            promouvoir l’adoption de l’IA par les petites entreprises                 | sme_adoption
            the creation of an AI Champions Network to encourage AI adoption by SMEs  | sme_adoption
            un modèle de développement fondé sur l’open source                        | open_source
            réduire leur dépendance technologique                                     | sovereignty
            减少繁文缛节以便让欧洲单一市场真正受益                                        | regulation_simplification
            la recherche en matière de sécurité de l’IA                               | research;safety_research
            Die KI-Verordnung (AI Act) und die Ethik                                  | ethics_governance;regulation
            """)
    void signalsTheAttributesOfASentence(String sentence, String codes) {
        assertEquals(List.of(codes.split(";")), List.copyOf(attributes.codes(sentence)));
    }
}
