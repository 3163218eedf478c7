<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop_inbox/ui/dialogs/about.py" line="+34" />
        <source>About %1</source>
        <translation>Σχετικά με το %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Version %1</source>
        <translation>Έκδοση %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Answer every customer personally — fast, with their whole story in view, online or offline. Mentions and direct messages land in one inbox; everything is kept on this computer.</source>
        <translation>Απαντήστε σε κάθε πελάτη προσωπικά — γρήγορα, με όλο το ιστορικό του μπροστά σας, με ή χωρίς σύνδεση. Αναφορές και προσωπικά μηνύματα έρχονται σε ένα κοινό εισερχόμενο· όλα φυλάσσονται σε αυτόν τον υπολογιστή.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Free software under the &lt;a href="%1"&gt;GNU General Public License&lt;/a&gt;, version 3 or later (%2). It comes with no warranty.</source>
        <comment>keep the link's markup; %1: its address, %2: the licence's code</comment>
        <translation>Ελεύθερο λογισμικό με την &lt;a href="%1"&gt;Γενική Άδεια Δημόσιας Χρήσης GNU&lt;/a&gt;, έκδοση 3 ή νεότερη (%2). Παρέχεται χωρίς καμία εγγύηση.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 (demo workspace: deleted when you quit)</source>
        <translation>%1 (χώρος επίδειξης: διαγράφεται όταν κλείσετε την εφαρμογή)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>kept in memory, for the demo's own server (nothing is stored in your keyring)</source>
        <translation>στη μνήμη, για τον δικό της διακομιστή της επίδειξης (τίποτα δεν αποθηκεύεται στην κλειδοθήκη σας)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the system keyring, service “%1”</source>
        <translation>η κλειδοθήκη του συστήματος, υπηρεσία «%1»</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Data folder</source>
        <translation>Φάκελος δεδομένων</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Settings</source>
        <translation>Ρυθμίσεις</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sign-ins</source>
        <translation>Συνδέσεις</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Open data folder</source>
        <translation>Άνοιγμα φακέλου δεδομένων</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Copy version</source>
        <translation>Αντιγραφή έκδοσης</translation>
    </message>
</context>
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
    <name>AccountsDialog</name>
    <message>
        <location filename="../../desktop_inbox/ui/dialogs/accounts.py" line="+45" />
        <source>%1 or %2</source>
        <comment>a list of platforms: 'Mastodon, X, Bluesky' or 'Messenger'</comment>
        <translation>%1 ή %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>, </source>
        <comment>between the platforms of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+3" />
        <source>Accounts</source>
        <translation>Λογαριασμοί</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Account</source>
        <translation>Λογαριασμός</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Platform</source>
        <translation>Πλατφόρμα</translation>
    </message>
    <message>
        <location line="+0" />
        <source>State</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Last sync</source>
        <translation>Τελευταίος συγχρονισμός</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add account…</source>
        <translation>Προσθήκη λογαριασμού…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Listening…</source>
        <translation>Ακρόαση…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Words, phrases and #hashtags to hear when people name you without @</source>
        <translation>Λέξεις, φράσεις και #hashtags που θέλετε να ακούτε όταν σας αναφέρουν χωρίς @</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sign in again…</source>
        <translation>Νέα σύνδεση…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove…</source>
        <translation>Αφαίρεση…</translation>
    </message>
    <message>
        <location line="+33" />
        <source>%1 — %2</source>
        <comment>an account's state, then what part of it cannot be reached</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>never</source>
        <translation>ποτέ</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Remove account?</source>
        <translation>Αφαίρεση λογαριασμού;</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove %1 from Desktop Inbox?</source>
        <translation>Να αφαιρεθεί ο %1 από το Desktop Inbox;</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Remove account</source>
        <translation>Αφαίρεση λογαριασμού</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Its cached history — %1 and %2 — will be deleted from this computer, and its sign-in removed from the keyring. Nothing is deleted on %3; you can add the account again later.</source>
        <comment>%1: 'n conversations', %2: 'n messages', %3: the platform</comment>
        <translation>Το τοπικό αντίγραφο του ιστορικού του — %1 και %2 — θα διαγραφεί από αυτόν τον υπολογιστή και η σύνδεσή του θα αφαιρεθεί από την κλειδοθήκη. Στο %3 δεν διαγράφεται τίποτα· μπορείτε να προσθέσετε ξανά τον λογαριασμό αργότερα.</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%Ln conversation(s)</source>
        <translation><numerusform>%Ln συνομιλία</numerusform><numerusform>%Ln συνομιλίες</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln message(s)</source>
        <translation><numerusform>%Ln μήνυμα</numerusform><numerusform>%Ln μηνύματα</numerusform></translation>
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
    <name>Application</name>
    <message>
        <location filename="../../desktop_inbox/ui/application.py" line="+264" />
        <source>%1 is already open on %2, but does not answer.</source>
        <translation>Το %1 είναι ήδη ανοιχτό στο %2, αλλά δεν αποκρίνεται.</translation>
    </message>
    <message>
        <location line="+227" />
        <source>A command-line sync is running on this data folder; this window syncs when it ends.</source>
        <translation>Εκτελείται συγχρονισμός από τη γραμμή εντολών σε αυτόν τον φάκελο δεδομένων· αυτό το παράθυρο θα συγχρονιστεί όταν τελειώσει.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../desktop_inbox/ui/backup_actions.py" line="+47" />
        <source>Back up the cache</source>
        <translation>Αντίγραφο ασφαλείας του τοπικού αντιγράφου</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Desktop Inbox backups (*.sqlite3);;All files (*)</source>
        <comment>keep the patterns in brackets and the ;;</comment>
        <translation>Αντίγραφα ασφαλείας Desktop Inbox (*.sqlite3);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Writing the backup…</source>
        <translation>Δημιουργία αντιγράφου ασφαλείας…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Backup written: %1. Sign-ins are not in it.</source>
        <translation>Το αντίγραφο ασφαλείας γράφτηκε: %1. Οι συνδέσεις δεν περιλαμβάνονται.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Restore from a backup</source>
        <translation>Επαναφορά από αντίγραφο ασφαλείας</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Checking the backup…</source>
        <translation>Έλεγχος του αντιγράφου ασφαλείας…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Replace the cache with this backup?</source>
        <translation>Να αντικατασταθεί το τοπικό αντίγραφο με αυτό το αντίγραφο ασφαλείας;</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1

The backup was checked and is sound. %2 restarts with it; the current cache is kept in the backups folder. Every account asks you to sign in again, and replies waiting to go out are checked with the platform before they are sent.</source>
        <comment>%1: the backup (when, how many messages), %2: Desktop Inbox</comment>
        <translation>%1

Το αντίγραφο ασφαλείας ελέγχθηκε και είναι άρτιο. Το %2 θα ξεκινήσει ξανά με αυτό· το τρέχον τοπικό αντίγραφο φυλάσσεται στον φάκελο αντιγράφων ασφαλείας. Κάθε λογαριασμός θα σας ζητήσει να συνδεθείτε ξανά, και οι απαντήσεις που περιμένουν να σταλούν ελέγχονται με την πλατφόρμα πριν σταλούν.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Restore and restart</source>
        <translation>Επαναφορά και επανεκκίνηση</translation>
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
    <name>DashboardDialog</name>
    <message>
        <location filename="../../desktop_inbox/ui/dialogs/dashboard.py" line="+203" />
        <source>Response times</source>
        <translation>Χρόνοι απάντησης</translation>
    </message>
    <message>
        <location line="+4" />
        <source>conversations waiting now</source>
        <translation>συνομιλίες περιμένουν τώρα</translation>
    </message>
    <message>
        <location line="+1" />
        <source>customer messages answered</source>
        <translation>μηνύματα πελατών απαντήθηκαν</translation>
    </message>
    <message>
        <location line="+1" />
        <source>median time to answer</source>
        <translation>διάμεσος χρόνος απάντησης</translation>
    </message>
    <message>
        <location line="+1" />
        <source>9 in 10 answered within</source>
        <translation>τα 9 στα 10 απαντήθηκαν μέσα σε</translation>
    </message>
    <message>
        <location line="+1" />
        <source>answered within the target</source>
        <translation>απαντήθηκαν εντός του στόχου</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Waiting</source>
        <translation>Αναμονή</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Customer</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Where</source>
        <translation>Πού</translation>
    </message>
    <message>
        <location line="+0" />
        <source>They wrote</source>
        <translation>Έγραψε</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Customers waiting now</source>
        <translation>Πελάτες που περιμένουν τώρα</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Click a customer to open the conversation</source>
        <translation>Κάντε κλικ σε έναν πελάτη για να ανοίξει η συνομιλία</translation>
    </message>
    <message>
        <location line="+10" />
        <source> min</source>
        <comment>after a number of minutes in a box</comment>
        <translation> λεπ.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Response time target</source>
        <translation>Στόχος χρόνου απάντησης</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The reference teams (Zappos, JetBlue) answered in about 3 minutes.</source>
        <translation>Οι ομάδες αναφοράς (Zappos, JetBlue) απαντούσαν σε περίπου 3 λεπτά.</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>Last %Ln day(s)</source>
        <translation><numerusform>Τελευταία %Ln ημέρα</numerusform><numerusform>Τελευταίες %Ln ημέρες</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+88" />
        <source>%Ln customer message(s) of the last %1 days not answered yet.</source>
        <translation><numerusform>%Ln μήνυμα πελάτη των τελευταίων %1 ημερών δεν έχει απαντηθεί ακόμη.</numerusform><numerusform>%Ln μηνύματα πελατών των τελευταίων %1 ημερών δεν έχουν απαντηθεί ακόμη.</numerusform></translation>
    </message>
    <message>
        <location line="-83" />
        <source>Export CSV…</source>
        <translation>Εξαγωγή CSV…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Target</source>
        <translation>Στόχος</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&lt;b&gt;Waiting now&lt;/b&gt; — click a customer to open the conversation</source>
        <translation>&lt;b&gt;Περιμένουν τώρα&lt;/b&gt; — κάντε κλικ σε έναν πελάτη για να ανοίξει η συνομιλία</translation>
    </message>
    <message>
        <location line="+17" />
        <source>median</source>
        <translation>διάμεσος</translation>
    </message>
    <message>
        <location line="+0" />
        <source>90th percentile</source>
        <translation>90ό εκατοστημόριο</translation>
    </message>
    <message>
        <location line="+0" />
        <source>target</source>
        <translation>στόχος</translation>
    </message>
    <message numerus="yes">
        <location line="+45" />
        <source>conversation(s) waiting now</source>
        <translation><numerusform>συνομιλία περιμένει τώρα</numerusform><numerusform>συνομιλίες περιμένουν τώρα</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>customer message(s) answered in %1 days</source>
        <comment>%1: 30 or 90</comment>
        <translation><numerusform>μήνυμα πελάτη απαντήθηκε σε %1 ημέρες</numerusform><numerusform>μηνύματα πελατών απαντήθηκαν σε %1 ημέρες</numerusform></translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+1" />
        <source>answered within %1</source>
        <translation>απαντήθηκαν μέσα σε %1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 DM</source>
        <comment>a platform's direct messages</comment>
        <translation>%1 προσωπικό</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Nobody is waiting.</source>
        <translation>Δεν περιμένει κανείς.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Export response times</source>
        <translation>Εξαγωγή χρόνων απάντησης</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <location filename="../../desktop_inbox/ui/style.py" line="+42" />
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 δευτ.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 min</source>
        <comment>minutes</comment>
        <translation>%1 λεπ.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 h %2 min</source>
        <comment>hours and minutes</comment>
        <translation>%1 ώρ. %2 λεπ.</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+6" />
        <source>%1 h</source>
        <comment>hours</comment>
        <translation>%1 ώρ.</translation>
    </message>
    <message>
        <location line="-5" />
        <source>%1 d</source>
        <comment>days</comment>
        <translation>%1 ημ.</translation>
    </message>
</context>
<context>
    <name>EmailPage</name>
    <message>
        <location filename="../../desktop_inbox/ui/signin/email.py" line="+89" />
        <source>E-mail address</source>
        <translation>Διεύθυνση e-mail</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+32" />
        <source>Password</source>
        <translation>Κωδικός πρόσβασης</translation>
    </message>
    <message>
        <location line="-31" />
        <source>Password or app password</source>
        <translation>Κωδικός πρόσβασης ή κωδικός εφαρμογής</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Your name or your shop's, as customers see it</source>
        <translation>Το όνομά σας ή του καταστήματός σας, όπως το βλέπουν οι πελάτες</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+29" />
        <source>Your name</source>
        <translation>Το όνομά σας</translation>
    </message>
    <message>
        <location line="-26" />
        <source>Provider note</source>
        <translation>Σημείωση παρόχου</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The same as the address</source>
        <translation>Ίδιο με τη διεύθυνση</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+12" />
        <source>User name</source>
        <translation>Όνομα χρήστη</translation>
    </message>
    <message>
        <location line="-5" />
        <source>Servers</source>
        <translation>Διακομιστές</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Incoming (IMAP)</source>
        <translation>Εισερχόμενα (IMAP)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Outgoing (SMTP)</source>
        <translation>Εξερχόμενα (SMTP)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Added under every reply (optional)</source>
        <translation>Προστίθεται κάτω από κάθε απάντηση (προαιρετικά)</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+7" />
        <source>Signature</source>
        <translation>Υπογραφή</translation>
    </message>
    <message>
        <location line="-5" />
        <source>Address</source>
        <translation>Διεύθυνση</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Connection test</source>
        <translation>Δοκιμή σύνδεσης</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Test connection</source>
        <translation>Δοκιμή σύνδεσης</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sign in to both servers without adding anything or sending mail</source>
        <translation>Σύνδεση και στους δύο διακομιστές χωρίς να προστεθεί τίποτα ή να σταλεί μήνυμα</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add account</source>
        <translation>Προσθήκη λογαριασμού</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sign in</source>
        <translation>Σύνδεση</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Enter your e-mail address.</source>
        <translation>Πληκτρολογήστε τη διεύθυνση e-mail σας.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Enter the password (or app password) of this mailbox.</source>
        <translation>Πληκτρολογήστε τον κωδικό πρόσβασης (ή τον κωδικό εφαρμογής) αυτού του γραμματοκιβωτίου.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Testing…</source>
        <translation>Δοκιμή…</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Both servers accept this sign-in.</source>
        <translation>Και οι δύο διακομιστές δέχονται αυτή τη σύνδεση.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The connection test failed; see above.</source>
        <translation>Η δοκιμή σύνδεσης απέτυχε· δείτε παραπάνω.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Signing in to both servers…</source>
        <translation>Σύνδεση και στους δύο διακομιστές…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop_inbox/ui/dialogs/export.py" line="+30" />
        <source>Web page, readable and printable (*.html)</source>
        <translation>Ιστοσελίδα, για ανάγνωση και εκτύπωση (*.html)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>JSON, for other programs (*.json)</source>
        <translation>JSON, για άλλα προγράμματα (*.json)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CSV, one row per message (*.csv)</source>
        <translation>CSV, μία γραμμή ανά μήνυμα (*.csv)</translation>
    </message>
    <message>
        <location line="+92" />
        <source>Export failed: %1</source>
        <translation>Η εξαγωγή απέτυχε: %1</translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message numerus="yes">
        <location line="-39" />
        <source>Exported %Ln message(s) to %1.</source>
        <comment>%1: the file</comment>
        <translation><numerusform>Εξήχθη %Ln μήνυμα στο %1.</numerusform><numerusform>Εξήχθησαν %Ln μηνύματα στο %1.</numerusform></translation>
    </message>
    <message>
        <location line="+13" />
        <source>Conversation with %1</source>
        <translation>Συνομιλία με %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: the whole history</source>
        <translation>%1: όλο το ιστορικό</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search: %1</source>
        <translation>Αναζήτηση: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 in %2 · exported %3 by %4</source>
        <comment>%1: 'n messages', %2: 'n conversations', %3: when, %4: Desktop Inbox</comment>
        <translation>%1 σε %2 · εξαγωγή %3 από το %4</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln message(s)</source>
        <translation><numerusform>%Ln μήνυμα</numerusform><numerusform>%Ln μηνύματα</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln conversation(s)</source>
        <translation><numerusform>%Ln συνομιλία</numerusform><numerusform>%Ln συνομιλίες</numerusform></translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 · direct messages on %2 with %3</source>
        <comment>%1: the customer, %2: the platform, %3: our account</comment>
        <translation>%1 · προσωπικά μηνύματα στο %2 με τον λογαριασμό %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 · public thread on %2 with %3</source>
        <comment>%1: the customer, %2: the platform, %3: our account</comment>
        <translation>%1 · δημόσια συζήτηση στο %2 με τον λογαριασμό %3</translation>
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
    <name>ImageViewer</name>
    <message>
        <location filename="../../desktop_inbox/ui/dialogs/image_viewer.py" line="+33" />
        <location line="+5" />
        <source>Picture</source>
        <translation>Εικόνα</translation>
    </message>
    <message>
        <location line="-5" />
        <source>Video</source>
        <translation>Βίντεο</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Animation</source>
        <translation>Κινούμενη εικόνα</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sound</source>
        <translation>Ήχος</translation>
    </message>
    <message>
        <location line="+10" />
        <source>This picture cannot be shown (it is not on this computer, or it is damaged).</source>
        <translation>Αυτή η εικόνα δεν μπορεί να εμφανιστεί (δεν υπάρχει σε αυτόν τον υπολογιστή ή είναι κατεστραμμένη).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: %2. Open it with the system's player.</source>
        <comment>%1: video, sound…; %2: the file's name</comment>
        <translation>%1: %2. Ανοίξτε το με την εφαρμογή αναπαραγωγής του συστήματος.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1. Open it with the system's player.</source>
        <comment>%1: video, sound…</comment>
        <translation>%1. Ανοίξτε το με την εφαρμογή αναπαραγωγής του συστήματος.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Alt text</source>
        <translation>Εναλλακτικό κείμενο</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alt text: %1</source>
        <translation>Εναλλακτικό κείμενο: %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No alt text was given for this picture.</source>
        <translation>Δεν δόθηκε εναλλακτικό κείμενο για αυτή την εικόνα.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open with…</source>
        <translation>Άνοιγμα με…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Play</source>
        <translation>Αναπαραγωγή</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open the local file with the system's own viewer or player</source>
        <translation>Άνοιγμα του τοπικού αρχείου με το πρόγραμμα προβολής ή αναπαραγωγής του συστήματος</translation>
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
    <name>ListeningDialog</name>
    <message>
        <location filename="../../desktop_inbox/ui/dialogs/listening.py" line="+42" />
        <source>a word, "a phrase" or #hashtag</source>
        <translation>μια λέξη, "μια φράση" ή #hashtag</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Listening — %1</source>
        <translation>Ακρόαση — %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>What listening hears here</source>
        <translation>Τι ακούει εδώ η ακρόαση</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Problem</source>
        <translation>Πρόβλημα</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Listen for</source>
        <translation>Όροι ακρόασης</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Term</source>
        <translation>Όρος</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+8" />
        <source>Language</source>
        <translation>Γλώσσα</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Listening terms</source>
        <translation>Όροι ακρόασης</translation>
    </message>
    <message>
        <location line="+3" />
        <source>New term</source>
        <translation>Νέος όρος</translation>
    </message>
    <message>
        <location line="+3" />
        <source>any language</source>
        <translation>κάθε γλώσσα</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only posts in this language: two letters such as en, de, fr</source>
        <translation>Μόνο αναρτήσεις σε αυτή τη γλώσσα: δύο γράμματα, όπως el, en, de</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add</source>
        <translation>Προσθήκη</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove</source>
        <translation>Αφαίρεση</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop listening for it; the posts it brought stay</source>
        <translation>Διακοπή ακρόασης αυτού του όρου· οι αναρτήσεις που έφερε μένουν</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Never hear</source>
        <translation>Να μην ακούγονται ποτέ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Muted words and authors</source>
        <translation>Λέξεις και συντάκτες σε σίγαση</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a word, or @someone</source>
        <translation>μια λέξη ή @κάποιος</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Word or author to mute</source>
        <translation>Λέξη ή συντάκτης για σίγαση</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mute</source>
        <translation>Σίγαση</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unmute</source>
        <translation>Άρση σίγασης</translation>
    </message>
    <message>
        <location line="+25" />
        <source>listening, last asked %1</source>
        <translation>σε ακρόαση, τελευταίος έλεγχος %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>not asked yet</source>
        <translation>δεν έχει ελεγχθεί ακόμη</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1. %2</source>
        <comment>the term's state, then the service's note</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>any</source>
        <comment>any language</comment>
        <translation>όλες</translation>
    </message>
</context>
<context>
    <name>LogEventDialog</name>
    <message>
        <location filename="../../desktop_inbox/ui/dialogs/log_event.py" line="+29" />
        <source>Phone call</source>
        <translation>Τηλεφώνημα</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meeting</source>
        <translation>Συνάντηση</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Log a call or meeting with %1</source>
        <translation>Καταγραφή τηλεφωνήματος ή συνάντησης με %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>What it was</source>
        <translation>Τι ήταν</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+11" />
        <source>When</source>
        <translation>Πότε</translation>
    </message>
    <message>
        <location line="-9" />
        <source>What was said, what was promised…</source>
        <translation>Τι ειπώθηκε, τι υποσχεθήκατε…</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+9" />
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <location line="-2" />
        <source>What</source>
        <translation>Τι</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Say in a few words what it was about.</source>
        <translation>Γράψτε με λίγα λόγια τι αφορούσε.</translation>
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
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop_inbox/ui/dialogs/merge.py" line="+42" />
        <source>Last wrote %1: “%2”</source>
        <translation>Έγραψε τελευταία %1: «%2»</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Same person as %1?</source>
        <translation>Ίδιο πρόσωπο με %1;</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Merge another customer into &lt;b&gt;%1&lt;/b&gt; when they are the same person writing from another platform or account. Their conversations, notes and tags come along; you can undo it.</source>
        <translation>Συγχωνεύστε έναν άλλο πελάτη με τον/την &lt;b&gt;%1&lt;/b&gt; όταν πρόκειται για το ίδιο πρόσωπο που γράφει από άλλη πλατφόρμα ή λογαριασμό. Οι συνομιλίες, οι σημειώσεις και οι ετικέτες του μεταφέρονται μαζί· μπορείτε να το αναιρέσετε.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Suggested matches</source>
        <translation>Προτεινόμενες αντιστοιχίες</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Find a customer by name or handle…</source>
        <translation>Αναζήτηση πελάτη με όνομα ή όνομα χρήστη…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find a customer</source>
        <translation>Αναζήτηση πελάτη</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Customers found</source>
        <translation>Πελάτες που βρέθηκαν</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Merge into this customer</source>
        <translation>Συγχώνευση με αυτόν τον πελάτη</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Earlier merges</source>
        <translation>Προηγούμενες συγχωνεύσεις</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Undo merge</source>
        <translation>Αναίρεση συγχώνευσης</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&lt;b&gt;Suggestions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Προτάσεις&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&lt;b&gt;Merged earlier&lt;/b&gt;</source>
        <translation>&lt;b&gt;Συγχωνεύσεις στο παρελθόν&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+41" />
        <source>No suggestions.</source>
        <translation>Δεν υπάρχουν προτάσεις.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 — merged %2</source>
        <translation>%1 — συγχωνεύτηκε %2</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Choose a suggestion or a customer first.</source>
        <translation>Επιλέξτε πρώτα μια πρόταση ή έναν πελάτη.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Merged.</source>
        <translation>Συγχωνεύτηκε.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Merge undone.</source>
        <translation>Η συγχώνευση αναιρέθηκε.</translation>
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
    <name>NoticeWords</name>
    <message numerus="yes">
        <location filename="../../desktop_inbox/ui/notifications.py" line="+75" />
        <source>%1 and %Ln other customer(s)</source>
        <comment>%1: the customer who wrote last</comment>
        <translation><numerusform>%1 και %Ln ακόμη πελάτης</numerusform><numerusform>%1 και %Ln ακόμη πελάτες</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%1  (%Ln new message(s))</source>
        <comment>%1: what the customer wrote</comment>
        <translation><numerusform>%1  (%Ln νέο μήνυμα)</numerusform><numerusform>%1  (%Ln νέα μηνύματα)</numerusform></translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location line="+30" />
        <source>Open the conversation</source>
        <translation>Άνοιγμα της συνομιλίας</translation>
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
    <name>OutboxDialog</name>
    <message>
        <location filename="../../desktop_inbox/ui/dialogs/outbox.py" line="+46" />
        <source>Waiting</source>
        <translation>Σε αναμονή</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sending (checking)</source>
        <translation>Αποστέλλεται (έλεγχος)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not sent</source>
        <translation>Δεν στάλθηκε</translation>
    </message>
    <message>
        <location line="+1" />
        <source>May have been sent</source>
        <translation>Ίσως στάλθηκε</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Queued</source>
        <translation>Μπήκε στην ουρά</translation>
    </message>
    <message>
        <location line="+0" />
        <source>To</source>
        <translation>Προς</translation>
    </message>
    <message>
        <location line="+0" />
        <source>As</source>
        <translation>Ως</translation>
    </message>
    <message>
        <location line="+1" />
        <source>State</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reply</source>
        <translation>Απάντηση</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Problem</source>
        <translation>Πρόβλημα</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+169" />
        <source>Send at</source>
        <translation>Αποστολή στις</translation>
    </message>
    <message>
        <location line="-155" />
        <source>Outbox</source>
        <translation>Εξερχόμενα</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Replies waiting to go out</source>
        <translation>Απαντήσεις που περιμένουν να σταλούν</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Edit the reply</source>
        <translation>Επεξεργασία της απάντησης</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nothing is waiting: every reply has gone out.</source>
        <translation>Δεν περιμένει τίποτα: όλες οι απαντήσεις στάλθηκαν.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save changes</source>
        <translation>Αποθήκευση αλλαγών</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Retry now</source>
        <translation>Νέα προσπάθεια τώρα</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cancel reply</source>
        <translation>Ακύρωση απάντησης</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Move…</source>
        <translation>Μετάθεση…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Send it at another time</source>
        <translation>Αποστολή σε άλλη ώρα</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Resend</source>
        <translation>Επαναποστολή</translation>
    </message>
    <message>
        <location line="+1" />
        <source>It did not arrive: send it again</source>
        <translation>Δεν έφτασε: στείλτε τη ξανά</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mark as sent</source>
        <translation>Σήμανση ως σταλμένης</translation>
    </message>
    <message>
        <location line="+1" />
        <source>It arrived: keep it as sent, never send it again</source>
        <translation>Έφτασε: να κρατηθεί ως σταλμένη και να μη σταλεί ποτέ ξανά</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The server did not confirm this reply, and it will not be sent again by itself. Check whether the customer got it (your Sent folder, or ask), then resend it or mark it as sent.</source>
        <translation>Ο διακομιστής δεν επιβεβαίωσε αυτή την απάντηση και δεν θα σταλεί ξανά από μόνη της. Ελέγξτε αν την έλαβε ο πελάτης (στον φάκελο «Απεσταλμένα» ή ρωτώντας τον) και μετά στείλτε τη ξανά ή σημειώστε την ως σταλμένη.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open conversation</source>
        <translation>Άνοιγμα συνομιλίας</translation>
    </message>
    <message>
        <location line="+47" />
        <source>at once</source>
        <translation>αμέσως</translation>
    </message>
    <message>
        <location line="+4" />
        <source>direct message</source>
        <translation>προσωπικό μήνυμα</translation>
    </message>
    <message>
        <location line="+0" />
        <source>public</source>
        <translation>δημόσια</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 — late</source>
        <translation>%1 — καθυστερεί</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Saved.</source>
        <translation>Αποθηκεύτηκε.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sending…</source>
        <translation>Αποστολή…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sending again…</source>
        <translation>Νέα αποστολή…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Marked as sent.</source>
        <translation>Σημειώθηκε ως σταλμένη.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Moved.</source>
        <translation>Μετατέθηκε.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Cancelled.</source>
        <translation>Ακυρώθηκε.</translation>
    </message>
</context>
<context>
    <name>PlainIcons</name>
    <message>
        <location filename="../../desktop_inbox/ui/files.py" line="+54" />
        <source>Folder</source>
        <translation>Φάκελος</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 file</source>
        <comment>%1: PDF, HTML…</comment>
        <translation>Αρχείο %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File</source>
        <translation>Αρχείο</translation>
    </message>
</context>
<context>
    <name>PlatformChooser</name>
    <message>
        <location filename="../../desktop_inbox/ui/signin/chooser.py" line="+22" />
        <source>Signing in</source>
        <translation>Σύνδεση</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Replies</source>
        <translation>Απαντήσεις</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Listening</source>
        <translation>Ακρόαση</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Choose a platform</source>
        <translation>Επιλογή πλατφόρμας</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Where do your customers write to you?</source>
        <translation>Πού σας γράφουν οι πελάτες σας;</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Sign-ins are kept in your system keyring, never in a file. Adding an account imports its past conversations in the background, as far back as you choose; you can read and answer them offline.</source>
        <translation>Οι συνδέσεις φυλάσσονται στην κλειδοθήκη του συστήματος, ποτέ σε αρχείο. Όταν προσθέτετε λογαριασμό, οι παλιές του συνομιλίες εισάγονται στο παρασκήνιο, όσο πίσω επιλέξετε· μπορείτε να τις διαβάζετε και να απαντάτε και εκτός σύνδεσης.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop_inbox/ui/dialogs/preferences.py" line="+40" />
        <source>Preferences</source>
        <translation>Προτιμήσεις</translation>
    </message>
    <message>
        <location line="+2" />
        <source>e.g. Tony</source>
        <translation>π.χ. Αντώνης</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fills {my_name} in saved replies</source>
        <comment>keep {my_name} as it is</comment>
        <translation>Συμπληρώνει το {my_name} (το όνομά σας) στις έτοιμες απαντήσεις</translation>
    </message>
    <message>
        <location line="+3" />
        <source> s</source>
        <comment>after a number of seconds in a box</comment>
        <translation> δευτ.</translation>
    </message>
    <message>
        <location line="+3" />
        <source> min</source>
        <comment>after a number of minutes in a box</comment>
        <translation> λεπ.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Public note when moving to direct messages</source>
        <translation>Δημόσια σημείωση όταν η συζήτηση περνά σε προσωπικά μηνύματα</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What the public reply says when you take a conversation to direct messages ({first_name} is filled in)</source>
        <comment>keep {first_name} as it is</comment>
        <translation>Τι λέει η δημόσια απάντηση όταν μεταφέρετε μια συνομιλία σε προσωπικά μηνύματα (το {first_name} (μικρό όνομα) συμπληρώνεται)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Show a desktop notification for new customer messages</source>
        <translation>Ειδοποίηση στην επιφάνεια εργασίας για νέα μηνύματα πελατών</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show how many customers are waiting in the tray (where the desktop has one)</source>
        <translation>Εμφάνιση στη γραμμή συστήματος πόσοι πελάτες περιμένουν (όπου υπάρχει)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Your name</source>
        <translation>Το όνομά σας</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Undo a sent reply for</source>
        <translation>Αναίρεση αποστολής για</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Response time target</source>
        <translation>Στόχος χρόνου απάντησης</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Moving to DMs,
say in public</source>
        <translation>Μετάβαση σε προσωπικά,
δημόσια σημείωση</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+15" />
        <source>Language</source>
        <translation>Γλώσσα</translation>
    </message>
    <message>
        <location line="-14" />
        <source>&lt;b&gt;Sign-off per account&lt;/b&gt; (e.g. “— Tony”; added or not per reply)</source>
        <translation>&lt;b&gt;Υπογραφή ανά λογαριασμό&lt;/b&gt; (π.χ. «— Αντώνης»· προστίθεται ή όχι σε κάθε απάντηση)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>System language</source>
        <translation>Γλώσσα συστήματος</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Applies after a restart of Desktop Inbox.</source>
        <translation>Ισχύει μετά την επανεκκίνηση του Desktop Inbox.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Work on %1</source>
        <translation>Εργάσιμη: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Working day starts</source>
        <translation>Έναρξη εργάσιμης ημέρας</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Working day ends</source>
        <translation>Λήξη εργάσιμης ημέρας</translation>
    </message>
    <message>
        <location line="+5" />
        <source>to</source>
        <comment>from one time to another</comment>
        <translation>έως</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+8" />
        <source>Time zone</source>
        <translation>Ζώνη ώρας</translation>
    </message>
    <message>
        <location line="-7" />
        <source>System (%1)</source>
        <translation>Συστήματος (%1)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Working days</source>
        <translation>Εργάσιμες ημέρες</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Working hours</source>
        <translation>Ώρες λειτουργίας</translation>
    </message>
    <message>
        <location line="+39" />
        <source>— Your name</source>
        <translation>— Το όνομά σας</translation>
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
    <name>ResponseChart</name>
    <message>
        <location filename="../../desktop_inbox/ui/dialogs/dashboard.py" line="-290" />
        <source>Response time chart</source>
        <translation>Διάγραμμα χρόνου απάντησης</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%Ln day(s); highest 90th percentile %1; target %2</source>
        <translation><numerusform>%Ln ημέρα· υψηλότερο 90ό εκατοστημόριο %1· στόχος %2</numerusform><numerusform>%Ln ημέρες· υψηλότερο 90ό εκατοστημόριο %1· στόχος %2</numerusform></translation>
    </message>
</context>
<context>
    <name>SendAtButton</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/followthrough.py" line="-126" />
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
    <name>ServerRow</name>
    <message>
        <location filename="../../desktop_inbox/ui/signin/email.py" line="-202" />
        <source>%1 server</source>
        <comment>%1: IMAP or SMTP</comment>
        <translation>Διακομιστής %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 port</source>
        <comment>%1: IMAP or SMTP</comment>
        <translation>Θύρα %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>None (this computer only)</source>
        <translation>Καμία (μόνο σε αυτόν τον υπολογιστή)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 security</source>
        <comment>%1: IMAP or SMTP</comment>
        <translation>Ασφάλεια %1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Enter the %1 server (your provider's help pages name it).</source>
        <translation>Πληκτρολογήστε τον διακομιστή %1 (θα τον βρείτε στις σελίδες βοήθειας του παρόχου σας).</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../desktop_inbox/ui/signin/common.py" line="+50" />
        <source>The last 3 months</source>
        <translation>Τους τελευταίους 3 μήνες</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The last year</source>
        <translation>Τον τελευταίο χρόνο</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Everything</source>
        <translation>Όλα</translation>
    </message>
    <message>
        <location line="+75" />
        <source>Sign in to %1</source>
        <translation>Σύνδεση στο %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>How much history to import</source>
        <translation>Πόσο ιστορικό θα εισαχθεί</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How far back Desktop Inbox fetches earlier conversations of this account.</source>
        <translation>Πόσο πίσω στον χρόνο φέρνει το Desktop Inbox τις παλαιότερες συνομιλίες αυτού του λογαριασμού.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sign-in status</source>
        <translation>Κατάσταση σύνδεσης</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Sign in to %1 again</source>
        <translation>Νέα σύνδεση στο %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Import</source>
        <translation>Εισαγωγή</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Signing in…</source>
        <translation>Σύνδεση…</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Signed in as %1, which was added as another account.</source>
        <translation>Συνδεθήκατε ως %1, που προστέθηκε ως άλλος λογαριασμός.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Signed in as %1.</source>
        <translation>Συνδεθήκατε ως %1.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The sign-in failed (%1); details are in the log.</source>
        <translation>Η σύνδεση απέτυχε (%1)· οι λεπτομέρειες είναι στο αρχείο καταγραφής.</translation>
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
    <name>StorageDialog</name>
    <message>
        <location filename="../../desktop_inbox/ui/dialogs/storage.py" line="+34" />
        <source>%1 MB</source>
        <comment>megabytes</comment>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Storage</source>
        <translation>Αποθηκευτικός χώρος</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Account</source>
        <translation>Λογαριασμός</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Messages</source>
        <translation>Μηνύματα</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Back to</source>
        <translation>Από</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Imports</source>
        <translation>Εισαγωγή</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Pictures kept</source>
        <translation>Φυλαγμένες εικόνες</translation>
    </message>
    <message>
        <location line="+6" />
        <source>History per account</source>
        <translation>Ιστορικό ανά λογαριασμό</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Forget history older than</source>
        <translation>Διαγραφή ιστορικού παλαιότερου από</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Forget older history…</source>
        <translation>Διαγραφή παλαιότερου ιστορικού…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Forget everything written before</source>
        <translation>Διαγραφή όσων γράφτηκαν πριν από</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The cache takes &lt;b&gt;%1&lt;/b&gt; for %2 in %3 with %4, and &lt;b&gt;%5&lt;/b&gt; of customers' pictures (%6). Everything stays readable and searchable offline. Untick an account to keep no pictures of it (what it keeps is removed); each keeps at most its cap, the oldest pictures going first.</source>
        <comment>%1, %5: sizes; %2: 'n messages', %3: 'n conversations', %4: 'n customers', %6: 'n files'</comment>
        <translation>Το τοπικό αντίγραφο πιάνει &lt;b&gt;%1&lt;/b&gt; για %2 σε %3 με %4, και &lt;b&gt;%5&lt;/b&gt; για εικόνες πελατών (%6). Όλα μένουν διαθέσιμα για ανάγνωση και αναζήτηση χωρίς σύνδεση. Ξετσεκάρετε έναν λογαριασμό για να μην κρατά εικόνες του (όσες έχει κρατήσει διαγράφονται)· κάθε λογαριασμός κρατά έως το όριό του, και φεύγουν πρώτες οι παλαιότερες εικόνες.</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%Ln message(s)</source>
        <translation><numerusform>%Ln μήνυμα</numerusform><numerusform>%Ln μηνύματα</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln conversation(s)</source>
        <translation><numerusform>%Ln συνομιλία</numerusform><numerusform>%Ln συνομιλίες</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln customer(s)</source>
        <translation><numerusform>%Ln πελάτη</numerusform><numerusform>%Ln πελάτες</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln file(s)</source>
        <translation><numerusform>%Ln αρχείο</numerusform><numerusform>%Ln αρχεία</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+58" />
        <source>Forgot %Ln message(s).</source>
        <translation><numerusform>Διαγράφηκε %Ln μήνυμα.</numerusform><numerusform>Διαγράφηκαν %Ln μηνύματα.</numerusform></translation>
    </message>
    <message>
        <location line="-49" />
        <source>since %1</source>
        <translation>από %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>everything</source>
        <translation>όλα</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 of %2</source>
        <translation>%1 από %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not kept</source>
        <translation>δεν φυλάσσονται</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Keep this account's customer pictures for offline reading</source>
        <translation>Φύλαξη των εικόνων πελατών αυτού του λογαριασμού για ανάγνωση χωρίς σύνδεση</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Forget older history?</source>
        <translation>Διαγραφή παλαιότερου ιστορικού;</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove every message written before %1 from this computer?</source>
        <translation>Να διαγραφούν από αυτόν τον υπολογιστή όλα τα μηνύματα που γράφτηκαν πριν από %1;</translation>
    </message>
    <message>
        <location line="+5" />
        <source>They stay on the platforms, but you will no longer read or search them offline. Replies waiting in the outbox are kept. This cannot be undone here — a backup first is a good idea.</source>
        <translation>Παραμένουν στις πλατφόρμες, αλλά δεν θα μπορείτε πια να τα διαβάζετε ή να τα αναζητάτε χωρίς σύνδεση. Οι απαντήσεις που περιμένουν στα εξερχόμενα διατηρούνται. Αυτό δεν αναιρείται εδώ — καλό είναι να κρατήσετε πρώτα αντίγραφο ασφαλείας.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Forget</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Removing…</source>
        <translation>Διαγραφή…</translation>
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
    <name>Tasks</name>
    <message>
        <location filename="../../desktop_inbox/ui/tasks.py" line="+100" />
        <source>Something went wrong (%1); details are in the log.</source>
        <translation>Κάτι πήγε στραβά (%1)· οι λεπτομέρειες είναι στο αρχείο καταγραφής.</translation>
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
        <location filename="../../desktop_inbox/ui/style.py" line="+32" />
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
    <message>
        <location filename="../../desktop_inbox/ui/dialogs/dashboard.py" line="-18" />
        <source>dd MMM</source>
        <comment>a day on a chart's axis (Qt date format)</comment>
        <translation>d MMM</translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <location filename="../../desktop_inbox/ui/dialogs/timeline.py" line="+86" />
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
        <location line="-84" />
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
        <location line="+12" />
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
        <location line="+3" />
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
    <name>Tray</name>
    <message>
        <location filename="../../desktop_inbox/ui/tray.py" line="+49" />
        <source>Show Desktop Inbox</source>
        <translation>Εμφάνιση του Desktop Inbox</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Quit</source>
        <translation>Έξοδος</translation>
    </message>
    <message numerus="yes">
        <location line="+22" />
        <source>%1: %Ln customer(s) waiting for an answer</source>
        <translation><numerusform>%1: %Ln πελάτης περιμένει απάντηση</numerusform><numerusform>%1: %Ln πελάτες περιμένουν απάντηση</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: nobody waiting</source>
        <translation>%1: δεν περιμένει κανείς</translation>
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
