package dev.eventrecords.processor.english;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The cases the naming issue names, one behaviour per test. */
class PastTenseAnalyzerTest {

    private final PastTenseAnalyzer analyzer = new PastTenseAnalyzer(Lexicon.shared(), Set.of());

    private void assertPasses(String name) {
        Verdict verdict = analyzer.analyze(name);
        assertThat(verdict.passed()).as(name + ": " + verdict.explanation()).isTrue();
    }

    private Verdict assertFails(String name) {
        Verdict verdict = analyzer.analyze(name);
        assertThat(verdict.passed()).as(name + " should fail").isFalse();
        return verdict;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ItemAddedToCart", "UserLoggedIn", "PaymentSent", "PasswordReset", "UserCreated"})
    void acceptsEventsTeamsWrite(String name) {
        assertPasses(name);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "OrderShipped",
                "MoneyTransferred",
                "EmailVerified",
                "ServerPanicked",
                "OrderCancelled",
                "OrderCanceled",
                "PaymentAuthorised",
                "PaymentAuthorized"
            })
    void acceptsRegularPastWithSpellingRules(String name) {
        assertPasses(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"MoneyWithdrawn", "EmailSent", "OrderPaid", "TaskBegun", "TicketBought"})
    void acceptsIrregularPast(String name) {
        assertPasses(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CacheRebuilt", "Withdrawn", "CarOvertaken", "ChangeUndone", "EmailResent", "CardPrepaid"})
    void acceptsPrefixedIrregular(String name) {
        assertPasses(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UserLoggedIn", "UserSignedUp", "BookCheckedOut", "UserOptedOut", "TransactionRolledBack"})
    void acceptsParticle(String name) {
        assertPasses(name);
    }

    @Test
    void acceptsParticleAfterPastEqualToBase() {
        assertPasses("ShutDown");
        assertPasses("ServerShutDown");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ItemAddedToCart", "FundsWithdrawnFromAccount", "InvoicePaidByCard"})
    void acceptsPrepositionalPhrase(String name) {
        assertPasses(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PaymentCompletedSuccessfully", "OrderPlacedManually"})
    void acceptsAdverb(String name) {
        assertPasses(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CustomerPlacedOrder", "PlayerGuessedTheRightNumber"})
    void acceptsObject(String name) {
        assertPasses(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"OrderWasPlaced", "PaymentHasBeenRefunded", "InventoryNotReserved", "OrderNotFound"})
    void acceptsAuxiliaryOrNegation(String name) {
        assertPasses(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Withdrawn", "TimedOut", "Deposited"})
    void acceptsBarePredicate(String name) {
        assertPasses(name);
    }

    @ParameterizedTest
    @CsvSource({"CheckedOutBook, Checked", "AuthenticatedUser, Authenticated", "ExpiredHold, Expired"})
    void rejectsParticipleDescribingANoun(String name, String word) {
        Verdict verdict = assertFails(name);
        assertThat(verdict.finding()).isEqualTo(Finding.ADJECTIVE);
        assertThat(verdict.word()).isEqualTo(word);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "PasswordReset",
                "MessageRead",
                "ValueSet",
                "ItemPut",
                "WireCut",
                "DoorShut",
                "OrderSplit",
                "MessageBroadcast",
                "CustomerUpset",
                "UserQuit",
                "TargetHit"
            })
    void acceptsPastEqualToBaseAfterItsSubject(String name) {
        assertPasses(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ResetPassword", "ReadMessageBody", "SetValue", "CutPrice"})
    void rejectsPastEqualToBaseBeforeItsObject(String name) {
        assertThat(assertFails(name).finding()).isEqualTo(Finding.IMPERATIVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"WeatherForecast", "PriceCut", "StockSplit"})
    void rejectsNounCompoundEndingInAPastForm(String name) {
        assertThat(assertFails(name).finding()).isEqualTo(Finding.NOUN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ProductWasOutOfStock", "OrderWasLate"})
    void acceptsPastOfBeAsTheVerb(String name) {
        assertPasses(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ShippedEvent", "CancelledEvent", "DeliveredMessage", "PublishedDomainEvent", "Shipped"})
    void acceptsOneWordEventWithOrWithoutARoleWord(String name) {
        assertPasses(name);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ReviewSubmittedMessage",
                "TransferCompletedMessage",
                "LoginFailedMessage",
                "DepositMadeMessage",
                "OfferAcceptedMessage",
                "ReportGeneratedMessage",
                "ChargeRefundedMessage",
                "ReturnRequestedMessage",
                "BidPlacedMsg",
                "BidPlacedNotification",
                "OrderPlacedEventMessage",
                "UserCreatedV2",
                "UserCreatedv3",
                "UserCreatedVersion2",
                "UserCreatedEventV1",
                "UserCreated_v3",
                "USER_CREATED_EVENT"
            })
    void setsAsideRoleWordsAndVersionTags(String name) {
        assertPasses(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ClaimWentOffline", "ReviewSubmittedByEditor", "BidPlaced", "ShipDocked", "LoginFailed"})
    void readsAHeadWordThatIsAlsoAVerbAsTheSubjectBeforeAPastForm(String name) {
        assertPasses(name);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "DriverBecameAvailable",
                "DeviceWentOffline",
                "ServiceCameOnline",
                "AccountFellBehind",
                "UserGotPromoted",
                "UserHadAccess"
            })
    void acceptsLinkingVerbWithItsComplement(String name) {
        assertPasses(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"FlagUnset", "FlagUnsetEvent", "PriceSpread", "AuctionBid", "LeadOutbid", "CarRecast"})
    void acceptsPastEqualToBaseAtTheEndOfAName(String name) {
        assertPasses(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"FeeCopaid", "ParcelMisrouted", "UserDeprovisioned", "FlightOverbooked", "TaskReassigned"})
    void acceptsVerbsDerivedWithAPrefix(String name) {
        assertPasses(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CancelledByUser", "ApprovedByManagerEvent", "OrderSinged", "BallPutted"})
    void acceptsOneWordEventsWithAnAgentAndRegularVerbsBesideIrregularOnes(String name) {
        assertPasses(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Comet", "PaymentDelay", "PaymentDebit", "UnsetFlag"})
    void rejectsWordsThatOnlyLookLikeAPrefixAndAPast(String name) {
        assertFails(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NewOrder", "BigRefund", "LateDelivery"})
    void offersNoVerbForANounAfterItsAdjective(String name) {
        assertThat(assertFails(name).suggestion()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"PlaceOrderCommand, Command", "OrderPlacedDto, Dto", "OrderPlacedPayload, Payload"})
    void offersNoNameForARoleWordThatIsNotAnEvent(String name, String word) {
        Verdict verdict = assertFails(name);
        assertThat(verdict.word()).isEqualTo(word);
        assertThat(verdict.suggestion()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"FindCompletedOrders, Find", "GenerateSignedUrl, Generate"})
    void rejectsParticipleInsideAnImperativesObject(String name, String imperative) {
        Verdict verdict = assertFails(name);
        assertThat(verdict.finding()).isEqualTo(Finding.IMPERATIVE);
        assertThat(verdict.word()).isEqualTo(imperative);
    }

    @Test
    void rejectsPastEqualToBaseWithoutSubject() {
        assertThat(assertFails("Reset").finding()).isEqualTo(Finding.NEEDS_SUBJECT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CreateUser", "PlaceOrderCommand", "SendEmail", "AddItemToCart"})
    void rejectsImperative(String name) {
        assertFails(name);
    }

    @ParameterizedTest
    @CsvSource({"UserCreate, BASE_FORM", "UserCreates, PRESENT", "EntityIsBanned, PRESENT_AUXILIARY"})
    void rejectsBaseOrPresentForm(String name, Finding finding) {
        assertThat(assertFails(name).finding()).isEqualTo(finding);
    }

    @Test
    void rejectsGerund() {
        assertThat(assertFails("OrderProcessing").finding()).isEqualTo(Finding.GERUND);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UserRegistration", "OrderEvent", "Heartbeat", "Checkout", "Login", "OrderCancellation"})
    void rejectsNounsAndNominalizations(String name) {
        assertFails(name);
    }

    @ParameterizedTest
    @CsvSource({
        "ConfirmSmsDeliveredRequest, Request",
        "StudentDetailsReadModel, Model",
        "PlaceOrderCommand, Command",
        "GetUserQuery, Query",
        "UserCreatedResponse, Response",
        "UserCreatedDto, Dto",
        "OrderStatus, Status"
    })
    void rejectsRoleNoun(String name, String word) {
        Verdict verdict = assertFails(name);
        assertThat(verdict.finding()).isEqualTo(Finding.ROLE);
        assertThat(verdict.word()).isEqualTo(word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PriceFeed", "DataSeed", "Speed", "Hundred", "AuthToken", "Screen", "Request", "Export"})
    void rejectsWordsThatOnlyLookPast(String name) {
        assertFails(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"RecordUpserted", "DuplicatesDeduped", "CatalogReindexed", "UserUnmuted", "Embed"})
    void judgesVerbsTooNewForTheLexiconByTheirForm(String name) {
        assertThat(analyzer.analyze(name).passed()).isEqualTo(!name.equals("Embed"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Speed", "Seed", "Naked"})
    void rejectsEdWordsTheLexiconKnowsAsNonVerbs(String name) {
        assertThat(assertFails(name).finding()).isEqualTo(Finding.LOOKALIKE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"UserCreatedEvent", "OrderPlacedDomainEvent", "OrderPlacedIntegrationEvent", "OrderPlacedV2"})
    void stripsEventSuffixesAndVersions(String name) {
        assertPasses(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SMSSent", "OAuth2TokenIssued", "HTTPRequestFailed", "USER_CREATED"})
    void readsAcronymsDigitsAndCapitals(String name) {
        assertPasses(name);
    }

    @ParameterizedTest
    @CsvSource({
        "CreateUser, UserCreated",
        "UserRegistration, UserRegistered",
        "UserSignup, UserSignedUp",
        "OrderCancellation, OrderCancelled",
        "PaymentRefund, PaymentRefunded",
        "SendEmail, EmailSent",
        "CreateOrderMessage, OrderCreatedMessage",
        "SendEmailEventV2, EmailSentEventV2",
        "UserRegistrationNotification, UserRegisteredNotification",
        "UserCreate, UserCreated",
        "OrderProcessing, OrderProcessed",
        "EntityIsBanned, EntityWasBanned",
        "ResetPassword, PasswordReset",
        "AddItemToCart, ItemAddedToCart",
        "ExpiredHold, HoldExpired",
        "CREATE_USER, USER_CREATED"
    })
    void suggestsANameThatPasses(String name, String suggestion) {
        Verdict verdict = assertFails(name);
        assertThat(verdict.suggestion()).contains(suggestion);
        assertPasses(suggestion);
    }

    @ParameterizedTest
    @CsvSource({
        // Both words are nouns and verbs: the component names the subject.
        "PlaceOrder, orderId, OrderPlaced",
        "OrderPlace, orderId, OrderPlaced",
        "OrderStatusUpdate, orderId, OrderStatusUpdated",
        "BookRoom, roomNumber, RoomBooked",
        "RoomBook, roomNumber, RoomBooked",
        // The word used mostly as a verb is the verb, whatever the components.
        "PayInvoice, id, InvoicePaid",
        "OrderCancel, id, OrderCancelled"
    })
    void readsANameThatReadsTwoWaysByItsEvidence(String name, String component, String suggestion) {
        Verdict verdict = analyzer.analyze(
                name,
                Set.copyOf(List.of(WordSplitter.split(component).stream()
                        .map(w -> w.toLowerCase(java.util.Locale.ROOT))
                        .toArray(String[]::new))));
        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.suggestion()).contains(suggestion);
        assertPasses(suggestion);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // The explanation follows the reading the suggestion comes from.
                "OrderPlace | orderId | Place | 'Place' is a verb's base form, not its past",
                "PlaceOrder | orderId | Place | 'Place' is an imperative",
                "OrderCancel | id | Cancel | 'Cancel' is a verb's base form, not its past"
            })
    void explainsTheWordOfTheReadingSuggested(String name, String component, String word, String explanation) {
        Verdict verdict = analyzer.analyze(
                name,
                Set.copyOf(WordSplitter.split(component).stream()
                        .map(w -> w.toLowerCase(java.util.Locale.ROOT))
                        .toList()));
        assertThat(verdict.word()).isEqualTo(word);
        assertThat(verdict.explanation()).isEqualTo(explanation);
        assertThat(verdict.suggestion()).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"OrderPlace", "PlaceOrder", "RoomBook"})
    void offersNoGuessForANameThatReadsTwoWaysWithoutEvidence(String name) {
        Verdict verdict = analyzer.analyze(name, Set.of("id"));
        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.suggestion()).isEmpty();
    }

    @Test
    void explainsTheWordJudged() {
        Verdict verdict = assertFails("CreateUser");
        assertThat(verdict.word()).isEqualTo("Create");
        assertThat(verdict.explanation()).isEqualTo("'Create' is an imperative");
    }

    @Test
    void acceptsExtraPastFormsFromTheUser() {
        var withExtra = new PastTenseAnalyzer(Lexicon.shared(), Set.of("yeeted"));
        assertThat(analyzer.analyze("PackageYeet").passed()).isFalse();
        assertThat(withExtra.analyze("PackageYeeted").passed()).isTrue();
    }
}
