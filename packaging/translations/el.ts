<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el" sourcelanguage="en">
<context>
    <name>AcceptRequestButton</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/request_button.py" line="+33" />
        <source>Accept request</source>
        <translation>Αποδοχή αιτήματος</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Accept this chat request on Bluesky without answering yet (answering accepts it too)</source>
        <translation>Αποδοχή αυτού του αιτήματος συνομιλίας στο Bluesky χωρίς να απαντήσετε ακόμη (και η απάντηση το αποδέχεται)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accept message request</source>
        <translation>Αποδοχή αιτήματος μηνύματος</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Request accepted: the chat is now among your Bluesky conversations.</source>
        <translation>Το αίτημα έγινε δεκτό: η συνομιλία είναι πλέον στις συνομιλίες σας στο Bluesky.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Could not accept the request (%1).</source>
        <translation>Δεν ήταν δυνατή η αποδοχή του αιτήματος (%1).</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <location filename="../../desktop_inbox/ui/signin/dialog.py" line="+61" />
        <source>‹ Back</source>
        <translation>‹ Πίσω</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose another platform</source>
        <translation>Επιλέξτε άλλη πλατφόρμα</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Add an account</source>
        <translation>Προσθήκη λογαριασμού</translation>
    </message>
</context>
<context>
    <name>AnswerVia</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/followthrough.py" line="+87" />
        <source>Answer via</source>
        <translation>Απάντηση μέσω</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Answer where the customer is: another of their accounts, or e-mail</source>
        <translation>Απαντήστε εκεί όπου βρίσκεται ο πελάτης: σε άλλον λογαριασμό του ή με e-mail</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Answer here</source>
        <translation>Απάντηση εδώ</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Answer via e-mail to %1</source>
        <translation>Απάντηση με e-mail στο %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Answer via %1 public reply to %2</source>
        <comment>%1: the platform, %2: the customer's handle</comment>
        <translation>Απάντηση μέσω %1: δημόσια απάντηση προς %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Answer via %1 direct message to %2 (new)</source>
        <comment>a conversation started by this reply</comment>
        <translation>Απάντηση μέσω %1: νέο προσωπικό μήνυμα προς %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Answer via %1 direct message to %2</source>
        <comment>%1: the platform, %2: the customer's handle</comment>
        <translation>Απάντηση μέσω %1: προσωπικό μήνυμα προς %2</translation>
    </message>
</context>
<context>
    <name>AssignButton</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/team.py" line="+62" />
        <source>Assign this conversation to a member of the team</source>
        <translation>Ανάθεση αυτής της συνομιλίας σε μέλος της ομάδας</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Assigned to %1</source>
        <translation>Ανατέθηκε σε: %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Assign</source>
        <translation>Ανάθεση</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Nobody</source>
        <translation>Σε κανέναν</translation>
    </message>
</context>
<context>
    <name>BlueskyPage</name>
    <message>
        <location filename="../../desktop_inbox/ui/signin/bluesky.py" line="+32" />
        <source>Bluesky handle</source>
        <translation>Όνομα χρήστη στο Bluesky</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+5" />
        <source>App password</source>
        <translation>Κωδικός εφαρμογής</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Found from your handle (needed only if that fails)</source>
        <translation>Βρίσκεται από το όνομα χρήστη σας (χρειάζεται μόνο αν αυτό αποτύχει)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bluesky server address</source>
        <translation>Διεύθυνση διακομιστή Bluesky</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Handle</source>
        <translation>Όνομα χρήστη</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Server</source>
        <translation>Διακομιστής</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sign in</source>
        <translation>Σύνδεση</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Enter your Bluesky handle, e.g. shop.bsky.social.</source>
        <translation>Εισαγάγετε το όνομα χρήστη σας στο Bluesky, π.χ. shop.bsky.social.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Enter an app password (Settings → Privacy and security → App passwords).</source>
        <translation>Εισαγάγετε έναν κωδικό εφαρμογής (στο Bluesky: Settings → Privacy and security → App passwords).</translation>
    </message>
</context>
<context>
    <name>ConnectionLabel</name>
    <message>
        <location filename="../../desktop_inbox/ui/statusbar/connection.py" line="+16" />
        <source>Connection</source>
        <translation>Σύνδεση</translation>
    </message>
</context>
<context>
    <name>FollowUpMenu</name>
    <message>
        <location filename="../../desktop_inbox/ui/followup.py" line="+20" />
        <source>Remind me if no answer</source>
        <translation>Υπενθύμιση αν δεν απαντήσει</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>In %n day(s)  (%1)</source>
        <translation>
            <numerusform>Σε %n ημέρα  (%1)</numerusform>
            <numerusform>Σε %n ημέρες  (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>On a date…</source>
        <translation>Σε συγκεκριμένη ημερομηνία…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No reminder</source>
        <translation>Χωρίς υπενθύμιση</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Remind me if no answer by</source>
        <translation>Υπενθύμιση αν δεν απαντήσει έως</translation>
    </message>
</context>
<context>
    <name>InstagramPage</name>
    <message>
        <location filename="../../desktop_inbox/ui/signin/meta.py" line="+108" />
        <source>From “API setup with Instagram business login” → Generate token</source>
        <translation>Από «API setup with Instagram business login» → Generate token</translation>
    </message>
</context>
<context>
    <name>MastodonPage</name>
    <message>
        <location filename="../../desktop_inbox/ui/signin/mastodon.py" line="+28" />
        <source>Your browser opens your server's sign-in page. Desktop Inbox asks to read your mentions and direct messages and to post replies. Your password never reaches this app, and the access key is kept in your system keyring.</source>
        <translation>Ο περιηγητής σας ανοίγει τη σελίδα σύνδεσης του διακομιστή σας. Το Desktop Inbox ζητά άδεια να διαβάζει τις αναφορές και τα προσωπικά σας μηνύματα και να δημοσιεύει απαντήσεις. Ο κωδικός σας δεν φτάνει ποτέ σε αυτή την εφαρμογή, και το κλειδί πρόσβασης φυλάσσεται στην κλειδοθήκη του συστήματός σας.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Mastodon server address</source>
        <translation>Διεύθυνση διακομιστή Mastodon</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Paste the code from the browser here</source>
        <translation>Επικολλήστε εδώ τον κωδικό από τον περιηγητή</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Authorisation code</source>
        <translation>Κωδικός εξουσιοδότησης</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Server</source>
        <translation>Διακομιστής</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+55" />
        <source>Sign in with browser</source>
        <translation>Σύνδεση μέσω περιηγητή</translation>
    </message>
    <message>
        <location line="-53" />
        <source>Use a code instead</source>
        <translation>Σύνδεση με κωδικό</translation>
    </message>
    <message>
        <location line="+1" />
        <source>If the browser cannot come back to the app, the server can show a code to paste.</source>
        <translation>Αν ο περιηγητής δεν μπορεί να επιστρέψει στην εφαρμογή, ο διακομιστής μπορεί να σας δείξει έναν κωδικό για επικόλληση.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Enter your Mastodon server's address, e.g. mastodon.social.</source>
        <translation>Εισαγάγετε τη διεύθυνση του διακομιστή σας στο Mastodon, π.χ. mastodon.social.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>“%1” is not a server address; it looks like mastodon.social.</source>
        <translation>Το «%1» δεν είναι διεύθυνση διακομιστή· μια διεύθυνση μοιάζει με mastodon.social.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Contacting the server…</source>
        <translation>Επικοινωνία με τον διακομιστή…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Paste the code the server showed in the browser.</source>
        <translation>Επικολλήστε τον κωδικό που σας έδειξε ο διακομιστής στον περιηγητή.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Finish sign-in</source>
        <translation>Ολοκλήρωση σύνδεσης</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Approve Desktop Inbox in the browser, then paste the code it shows here.</source>
        <translation>Εγκρίνετε το Desktop Inbox στον περιηγητή και μετά επικολλήστε εδώ τον κωδικό που εμφανίζεται.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Waiting for you to approve Desktop Inbox in the browser… &lt;a href="%1"&gt;Open the page again&lt;/a&gt;</source>
        <translation>Περιμένουμε να εγκρίνετε το Desktop Inbox στον περιηγητή… &lt;a href="%1"&gt;Άνοιγμα της σελίδας ξανά&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>MessengerPage</name>
    <message>
        <location filename="../../desktop_inbox/ui/signin/meta.py" line="+17" />
        <source>From Messenger API Settings → Generate token next to your Page</source>
        <translation>Από Messenger API Settings → Generate token δίπλα στη Σελίδα σας</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Your Facebook Page's ID</source>
        <translation>Το αναγνωριστικό της Σελίδας σας στο Facebook</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Facebook Page ID</source>
        <translation>Αναγνωριστικό Σελίδας Facebook</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Page ID</source>
        <translation>Αναγνωριστικό Σελίδας</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Enter your Facebook Page's ID (on the Page: About → Page transparency).</source>
        <translation>Εισαγάγετε το αναγνωριστικό της Σελίδας σας στο Facebook (στη Σελίδα: About → Page transparency).</translation>
    </message>
</context>
<context>
    <name>MetaPage</name>
    <message>
        <location line="-99" />
        <source>Desktop Inbox works through your own Meta app — here is why and how:</source>
        <translation>Το Desktop Inbox λειτουργεί μέσω της δικής σας εφαρμογής Meta — δείτε γιατί και πώς:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>How to get a token</source>
        <translation>Πώς θα αποκτήσετε διακριτικό πρόσβασης</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The number at the top of your app's page</source>
        <translation>Ο αριθμός στο πάνω μέρος της σελίδας της εφαρμογής σας</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meta app ID</source>
        <translation>Αναγνωριστικό εφαρμογής Meta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>App ID</source>
        <translation>Αναγνωριστικό εφαρμογής</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Access token</source>
        <translation>Διακριτικό πρόσβασης</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Token</source>
        <translation>Διακριτικό</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meta approved the Human Agent feature for my app</source>
        <translation>Η Meta ενέκρινε τη λειτουργία Human Agent για την εφαρμογή μου</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A person may then answer for 7 days after the customer's last message, not 24 hours.</source>
        <translation>Τότε ένας άνθρωπος μπορεί να απαντά για 7 ημέρες μετά το τελευταίο μήνυμα του πελάτη, αντί για 24 ώρες.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Check and add</source>
        <translation>Έλεγχος και προσθήκη</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Enter your Meta app's ID (developers.facebook.com/apps).</source>
        <translation>Εισαγάγετε το αναγνωριστικό της εφαρμογής σας στη Meta (developers.facebook.com/apps).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paste the token generated in your app's dashboard.</source>
        <translation>Επικολλήστε το διακριτικό πρόσβασης που δημιουργήθηκε στον πίνακα ελέγχου της εφαρμογής σας.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Checking the token with Meta…</source>
        <translation>Έλεγχος του διακριτικού με τη Meta…</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1: %2</source>
        <comment>an account, then what works for it</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>OutboxCount</name>
    <message>
        <location filename="../../desktop_inbox/ui/statusbar/outbox.py" line="+11" />
        <source>Replies waiting to go out</source>
        <translation>Απαντήσεις που περιμένουν να σταλούν</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n reply(s) waiting to go out</source>
        <translation>
            <numerusform>%n απάντηση περιμένει να σταλεί</numerusform>
            <numerusform>%n απαντήσεις περιμένουν να σταλούν</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0" />
        <source>Outbox empty</source>
        <translation>Τα εξερχόμενα είναι άδεια</translation>
    </message>
</context>
<context>
    <name>PresenceLine</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/team.py" line="-40" />
        <source>Who else is replying</source>
        <translation>Ποιος άλλος απαντά</translation>
    </message>
    <message>
        <location line="+9" />
        <source>✎ %1 is replying to this conversation…</source>
        <translation>✎ Ο/Η %1 απαντά σε αυτή τη συνομιλία…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>✎ %1 and %2 are replying to this conversation…</source>
        <translation>✎ Οι %1 και %2 απαντούν σε αυτή τη συνομιλία…</translation>
    </message>
</context>
<context>
    <name>ProgressLabel</name>
    <message>
        <location filename="../../desktop_inbox/ui/statusbar/progress.py" line="+16" />
        <source>History import</source>
        <translation>Εισαγωγή ιστορικού</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Importing history… back to %1</source>
        <translation>Εισαγωγή ιστορικού… ως τις %1</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message numerus="yes">
        <location filename="../../desktop_inbox/ui/recovery.py" line="+42" />
        <source>%1

Restore the latest automatic backup, from %2 (%n message(s))? Messages that arrived since then are fetched again from the platforms; accounts ask you to sign in again. The damaged file is kept in the backups folder.</source>
        <comment>%1: what is damaged, %2: when the backup was taken</comment>
        <translation>
            <numerusform>%1

Να γίνει επαναφορά του πιο πρόσφατου αυτόματου αντιγράφου ασφαλείας (%2, %n μήνυμα); Τα μηνύματα που ήρθαν από τότε θα ληφθούν ξανά από τις πλατφόρμες· οι λογαριασμοί θα σας ζητήσουν να συνδεθείτε ξανά. Το κατεστραμμένο αρχείο φυλάσσεται στον φάκελο των αντιγράφων ασφαλείας.</numerusform>
            <numerusform>%1

Να γίνει επαναφορά του πιο πρόσφατου αυτόματου αντιγράφου ασφαλείας (%2, %n μηνύματα); Τα μηνύματα που ήρθαν από τότε θα ληφθούν ξανά από τις πλατφόρμες· οι λογαριασμοί θα σας ζητήσουν να συνδεθείτε ξανά. Το κατεστραμμένο αρχείο φυλάσσεται στον φάκελο των αντιγράφων ασφαλείας.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46" />
        <source>Start with an empty cache</source>
        <translation>Έναρξη με κενό τοπικό αντίγραφο</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Quit</source>
        <translation>Έξοδος</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The cache of your conversations is damaged.</source>
        <translation>Το τοπικό αντίγραφο των συνομιλιών σας έχει καταστραφεί.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Restore the backup</source>
        <translation>Επαναφορά αντιγράφου</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The cache of your conversations is damaged, and there is no automatic backup yet.</source>
        <translation>Το τοπικό αντίγραφο των συνομιλιών σας έχει καταστραφεί και δεν υπάρχει ακόμη αυτόματο αντίγραφο ασφαλείας.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1

Start with an empty cache? The damaged file is kept in the backups folder; add your accounts again and their history is fetched again.</source>
        <comment>%1: what is damaged</comment>
        <translation>%1

Να ξεκινήσετε με κενό τοπικό αντίγραφο; Το κατεστραμμένο αρχείο φυλάσσεται στον φάκελο των αντιγράφων ασφαλείας· προσθέστε ξανά τους λογαριασμούς σας και το ιστορικό τους θα ληφθεί ξανά.</translation>
    </message>
</context>
<context>
    <name>ReminderOffer</name>
    <message numerus="yes">
        <location filename="../../desktop_inbox/ui/conversation/followthrough.py" line="+19" />
        <source>Remind me in %n day(s)</source>
        <translation>
            <numerusform>Υπενθύμιση σε %n ημέρα</numerusform>
            <numerusform>Υπενθύμιση σε %n ημέρες</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26" />
        <source>This reply promises &lt;b&gt;“%1”&lt;/b&gt;. Bring the conversation back if the customer has not written by then?</source>
        <translation>Αυτή η απάντηση υπόσχεται &lt;b&gt;«%1»&lt;/b&gt;. Να επανέλθει η συνομιλία αν ο πελάτης δεν έχει γράψει ως τότε;</translation>
    </message>
</context>
<context>
    <name>SendAtButton</name>
    <message>
        <location line="-126" />
        <source>Tomorrow %1</source>
        <translation>Αύριο %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next working morning (%1)</source>
        <translation>Το επόμενο εργάσιμο πρωί (%1)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Send at…</source>
        <translation>Αποστολή στις…</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+23" />
        <source>Send at</source>
        <translation>Αποστολή στις</translation>
    </message>
    <message>
        <location line="-21" />
        <source>Send this reply later: it waits in the outbox, and goes even if the app is closed then (at the next sync)</source>
        <translation>Αποστολή αυτής της απάντησης αργότερα: περιμένει στα εξερχόμενα και φεύγει ακόμη κι αν η εφαρμογή είναι τότε κλειστή (στον επόμενο συγχρονισμό)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Pick a time…</source>
        <translation>Επιλογή ώρας…</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../desktop_inbox/ui/sidebar.py" line="+55" />
        <source>Mine</source>
        <translation>Δικές μου</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Mine: assigned to me</source>
        <translation>Δικές μου: ανατεθειμένες σε μένα</translation>
    </message>
</context>
<context>
    <name>SnippetsDialog</name>
    <message>
        <location filename="../../desktop_inbox/ui/dialogs/snippets.py" line="+31" />
        <location line="+3" />
        <source>Saved replies</source>
        <translation>Έτοιμες απαντήσεις</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Name, e.g. Shipping delay</source>
        <translation>Όνομα, π.χ. Καθυστέρηση αποστολής</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Hi {first_name}, …</source>
        <comment>keep {first_name} as it is: the customer's first name goes there</comment>
        <translation>Γεια σας {first_name}, …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Text</source>
        <translation>Κείμενο</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Placeholders are filled for each customer: &lt;b&gt;{first_name}&lt;/b&gt;, &lt;b&gt;{name}&lt;/b&gt;, &lt;b&gt;{handle}&lt;/b&gt; and &lt;b&gt;{my_name}&lt;/b&gt; (your name, in Preferences). Any other &lt;b&gt;{word}&lt;/b&gt; is a field you fill in before sending — a reply with an unfilled placeholder cannot be sent.</source>
        <translation>Αυτά τα πεδία συμπληρώνονται αυτόματα για κάθε πελάτη: &lt;b&gt;{first_name}&lt;/b&gt; (μικρό όνομα), &lt;b&gt;{name}&lt;/b&gt; (ονοματεπώνυμο), &lt;b&gt;{handle}&lt;/b&gt; (όνομα χρήστη) και &lt;b&gt;{my_name}&lt;/b&gt; (το δικό σας όνομα, από τις Προτιμήσεις). Κάθε άλλο &lt;b&gt;{word}&lt;/b&gt; είναι πεδίο που συμπληρώνετε εσείς πριν από την αποστολή — μια απάντηση με ασυμπλήρωτο πεδίο δεν μπορεί να σταλεί.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>New</source>
        <translation>Νέα</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save</source>
        <translation>Αποθήκευση</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Delete</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Saved.</source>
        <translation>Αποθηκεύτηκε.</translation>
    </message>
</context>
<context>
    <name>SnoozeMenu</name>
    <message numerus="yes">
        <location filename="../../desktop_inbox/ui/snooze.py" line="+21" />
        <location line="+1" />
        <source>In %n hour(s)</source>
        <translation>
            <numerusform>Σε %n ώρα</numerusform>
            <numerusform>Σε %n ώρες</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tomorrow morning</source>
        <translation>Αύριο το πρωί</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next Monday</source>
        <translation>Την επόμενη Δευτέρα</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Snooze</source>
        <translation>Αναβολή</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1  (%2)</source>
        <comment>a choice and the time it means</comment>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Pick a time…</source>
        <translation>Επιλογή ώρας…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Snooze until</source>
        <translation>Αναβολή έως</translation>
    </message>
</context>
<context>
    <name>SyncTimeLabel</name>
    <message>
        <location filename="../../desktop_inbox/ui/statusbar/synctime.py" line="+15" />
        <source>Last sync</source>
        <translation>Τελευταίος συγχρονισμός</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Synced %1</source>
        <translation>Συγχρονισμός %1</translation>
    </message>
</context>
<context>
    <name>TeamSupport</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/team.py" line="+92" />
        <source>%1 is replying to this customer now.</source>
        <translation>Ο/Η %1 απαντά τώρα σε αυτόν τον πελάτη.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 replied to this customer just now.</source>
        <translation>Ο/Η %1 μόλις απάντησε σε αυτόν τον πελάτη.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%1 replied to this customer %n minute(s) ago.</source>
        <translation><numerusform>Ο/Η %1 απάντησε σε αυτόν τον πελάτη πριν από %n λεπτό.</numerusform><numerusform>Ο/Η %1 απάντησε σε αυτόν τον πελάτη πριν από %n λεπτά.</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>The customer may get two answers.</source>
        <translation>Ο πελάτης μπορεί να λάβει δύο απαντήσεις.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Someone else is answering</source>
        <translation>Απαντά και κάποιος άλλος</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Send your reply too?</source>
        <translation>Να σταλεί και η δική σας απάντηση;</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Send anyway</source>
        <translation>Αποστολή ούτως ή άλλως</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep editing</source>
        <translation>Συνέχεια επεξεργασίας</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/thread_view.py" line="+188" />
        <source>Conversation thread</source>
        <translation>Μηνύματα της συνομιλίας</translation>
    </message>
    <message>
        <location line="+183" />
        <source>Copy text</source>
        <translation>Αντιγραφή κειμένου</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Copy link</source>
        <translation>Αντιγραφή συνδέσμου</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <location filename="../../desktop_inbox/ui/style.py" line="+60" />
        <location filename="../../desktop_inbox/ui/timepick.py" line="+30" />
        <source>HH:mm</source>
        <comment>a time today (Qt date format)</comment>
        <translation>HH:mm</translation>
    </message>
    <message>
        <location line="+2" />
        <source>dd MMM HH:mm</source>
        <comment>a time this year (Qt date format)</comment>
        <translation>d MMM, HH:mm</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+7" />
        <source>dd MMM yyyy</source>
        <comment>a day in another year (Qt date format)</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/ui/timepick.py" line="+5" />
        <source>ddd HH:mm</source>
        <comment>a weekday and time (Qt date format)</comment>
        <translation>ddd HH:mm</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ddd dd MMM HH:mm</source>
        <comment>a weekday, day, month and time (Qt date format)</comment>
        <translation>ddd d MMM, HH:mm</translation>
    </message>
    <message>
        <location line="+6" />
        <source>dddd dd MMMM yyyy, HH:mm</source>
        <comment>a date and time in full (Qt date format)</comment>
        <translation>dddd d MMMM yyyy, HH:mm</translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <location filename="../../desktop_inbox/ui/dialogs/timeline.py" line="+112" />
        <source>%1 — the whole story</source>
        <translation>%1 — όλο το ιστορικό</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Jump to a month</source>
        <translation>Μετάβαση σε μήνα</translation>
    </message>
    <message>
        <location line="+26" />
        <source>%1 (%2)</source>
        <comment>a month's name and how many messages it holds</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location line="-109" />
        <source>Customer timeline</source>
        <translation>Ιστορικό πελάτη</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 %2</source>
        <comment>a month's heading: the month's name, the year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>marked it done</source>
        <translation>την επισήμανε ως ολοκληρωμένη</translation>
    </message>
    <message>
        <location line="+2" />
        <source>snoozed it</source>
        <translation>την ανέβαλε</translation>
    </message>
    <message>
        <location line="+3" />
        <source>took the assignment back</source>
        <translation>ακύρωσε την ανάθεση</translation>
    </message>
    <message>
        <location line="+1" />
        <source>assigned it to %1</source>
        <translation>την ανέθεσε σε: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>added a note: %1</source>
        <translation>πρόσθεσε σημείωση: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>tagged the customer %1</source>
        <translation>έβαλε στον πελάτη την ετικέτα %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>removed the tag %1</source>
        <translation>αφαίρεσε την ετικέτα %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Phone call</source>
        <translation>Τηλεφώνημα</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Meeting</source>
        <translation>Συνάντηση</translation>
    </message>
    <message>
        <location line="+1" />
        <source>logged</source>
        <comment>a call or meeting the user wrote down</comment>
        <translation>καταγράφηκε</translation>
    </message>
    <message>
        <location line="+7" />
        <source>You</source>
        <translation>Εσείς</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 DM</source>
        <comment>a platform's direct messages</comment>
        <translation>%1, προσωπικό μήνυμα</translation>
    </message>
    <message>
        <location line="+1" />
        <source>open</source>
        <comment>a link: open the conversation</comment>
        <translation>άνοιγμα</translation>
    </message>
</context>
<context>
    <name>XPage</name>
    <message>
        <location filename="../../desktop_inbox/ui/signin/x.py" line="+30" />
        <source>Desktop Inbox signs in to X with your own X developer app — here is why and how:</source>
        <translation>Το Desktop Inbox συνδέεται στο X μέσω της δικής σας εφαρμογής προγραμματιστή X — δείτε γιατί και πώς:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>How to get a client ID</source>
        <translation>Πώς θα αποκτήσετε Client ID</translation>
    </message>
    <message>
        <location line="+3" />
        <source>OAuth 2.0 Client ID from developer.x.com</source>
        <translation>OAuth 2.0 Client ID από το developer.x.com</translation>
    </message>
    <message>
        <location line="+1" />
        <source>X client ID</source>
        <translation>Client ID του X</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sign in with browser</source>
        <translation>Σύνδεση μέσω περιηγητή</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Paste your X app's OAuth 2.0 Client ID (developer.x.com → your app → Keys and tokens).</source>
        <translation>Επικολλήστε το OAuth 2.0 Client ID της εφαρμογής σας στο X (developer.x.com → η εφαρμογή σας → Keys and tokens).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Preparing the sign-in…</source>
        <translation>Προετοιμασία σύνδεσης…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Waiting for you to authorise your app on X in the browser… &lt;a href="%1"&gt;Open the page again&lt;/a&gt;</source>
        <translation>Περιμένουμε να εξουσιοδοτήσετε την εφαρμογή σας στο X, στον περιηγητή… &lt;a href="%1"&gt;Άνοιγμα της σελίδας ξανά&lt;/a&gt;</translation>
    </message>
</context>
</TS>
