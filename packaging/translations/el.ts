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
        <source>Free software under the &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or later (%2). It comes with no warranty.</source>
        <comment>keep the link&apos;s markup; %1: its address, %2: the licence&apos;s code</comment>
        <translation>Ελεύθερο λογισμικό με την &lt;a href=&quot;%1&quot;&gt;Γενική Άδεια Δημόσιας Χρήσης GNU&lt;/a&gt;, έκδοση 3 ή νεότερη (%2). Παρέχεται χωρίς καμία εγγύηση.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 (demo workspace: deleted when you quit)</source>
        <translation>%1 (χώρος επίδειξης: διαγράφεται όταν κλείσετε την εφαρμογή)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>kept in memory, for the demo&apos;s own server (nothing is stored in your keyring)</source>
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
        <location filename="../../desktop_inbox/ui/conversation/request_button.py" line="+34" />
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
        <comment>a list of platforms: &apos;Mastodon, X, Bluesky&apos; or &apos;Messenger&apos;</comment>
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
        <comment>an account&apos;s state, then what part of it cannot be reached</comment>
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
        <comment>%1: &apos;n conversations&apos;, %2: &apos;n messages&apos;, %3: the platform</comment>
        <translation>Το τοπικό αντίγραφο του ιστορικού του — %1 και %2 — θα διαγραφεί από αυτόν τον υπολογιστή και η σύνδεσή του θα αφαιρεθεί από την κλειδοθήκη. Στο %3 δεν διαγράφεται τίποτα· μπορείτε να προσθέσετε ξανά τον λογαριασμό αργότερα.</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%Ln conversation(s)</source>
        <translation>
            <numerusform>%Ln συνομιλία</numerusform>
            <numerusform>%Ln συνομιλίες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln μήνυμα</numerusform>
            <numerusform>%Ln μηνύματα</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop_inbox/ui/mainwindow/actions.py" line="+68" />
        <source>&amp;File</source>
        <translation>&amp;Αρχείο</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Edit</source>
        <translation>&amp;Επεξεργασία</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Conversation</source>
        <translation>&amp;Συνομιλία</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;View</source>
        <translation>Π&amp;ροβολή</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Help</source>
        <translation>&amp;Βοήθεια</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Export</source>
        <translation>Ε&amp;ξαγωγή</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Appearance</source>
        <translation>Εμφάνιση</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Add account…</source>
        <translation>&amp;Προσθήκη λογαριασμού…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A&amp;ccounts…</source>
        <translation>&amp;Λογαριασμοί…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Saved &amp;replies…</source>
        <translation>Έτοιμες &amp;απαντήσεις…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Preferences…</source>
        <translation>Π&amp;ροτιμήσεις…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Sync now</source>
        <translation>&amp;Συγχρονισμός τώρα</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Outbox…</source>
        <translation>&amp;Εξερχόμενα…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>replies waiting to go out</source>
        <translation>απαντήσεις που περιμένουν να σταλούν</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This &amp;conversation…</source>
        <translation>Αυτή τη &amp;συνομιλία…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This customer&apos;s &amp;history…</source>
        <translation>Όλο το &amp;ιστορικό του πελάτη…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>These &amp;search results…</source>
        <translation>Τα &amp;αποτελέσματα αναζήτησης…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;torage…</source>
        <translation>&amp;Χώρος αποθήκευσης…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Back up…</source>
        <translation>Αντίγραφο α&amp;σφαλείας…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Restore from a bac&amp;kup…</source>
        <translation>Επανα&amp;φορά από αντίγραφο ασφαλείας…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation>Έ&amp;ξοδος</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Undo</source>
        <translation>&amp;Αναίρεση</translation>
    </message>
    <message>
        <location line="+0" />
        <source>undo typing</source>
        <translation>αναίρεση πληκτρολόγησης</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Redo</source>
        <translation>Ακύρωση α&amp;ναίρεσης</translation>
    </message>
    <message>
        <location line="+0" />
        <source>redo typing</source>
        <translation>ακύρωση αναίρεσης πληκτρολόγησης</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cu&amp;t</source>
        <translation>Απο&amp;κοπή</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Copy</source>
        <translation>Α&amp;ντιγραφή</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Paste</source>
        <translation>Επι&amp;κόλληση</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select &amp;all</source>
        <translation>Επιλογή ό&amp;λων</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Find in all messages…</source>
        <translation>Αναζήτηση σε ό&amp;λα τα μηνύματα…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>search all messages</source>
        <translation>αναζήτηση σε όλα τα μηνύματα</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Next</source>
        <translation>&amp;Επόμενη</translation>
    </message>
    <message>
        <location line="+0" />
        <source>next conversation (or ↓)</source>
        <translation>επόμενη συνομιλία (ή ↓)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Previous</source>
        <translation>&amp;Προηγούμενη</translation>
    </message>
    <message>
        <location line="+0" />
        <source>previous conversation (or ↑)</source>
        <translation>προηγούμενη συνομιλία (ή ↑)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open</source>
        <translation>Ά&amp;νοιγμα</translation>
    </message>
    <message>
        <location line="+0" />
        <source>open the conversation</source>
        <translation>άνοιγμα της συνομιλίας</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Reply</source>
        <translation>&amp;Απάντηση</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Send reply</source>
        <translation>Αποστολή απάντησης</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Undo sending</source>
        <translation>Αναίρεση απο&amp;στολής</translation>
    </message>
    <message>
        <location line="+1" />
        <source>take back the reply just sent (while “Sending in…” shows)</source>
        <translation>ανάκληση της απάντησης που μόλις στάλθηκε (όσο φαίνεται το «Αποστολή σε…»)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Start from a saved reply</source>
        <translation>Ξεκινήστε από έτοιμη απάντηση</translation>
    </message>
    <message>
        <location line="+1" />
        <source>start from a saved reply (in the composer)</source>
        <translation>έναρξη από έτοιμη απάντηση (στο πλαίσιο απάντησης)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Attach a picture…</source>
        <translation>Επισύναψη εικόνας…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>attach a picture to the reply (in the composer)</source>
        <translation>επισύναψη εικόνας στην απάντηση (στο πλαίσιο απάντησης)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mark &amp;done</source>
        <translation>Σήμανση ως &amp;ολοκληρωμένη</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re&amp;open</source>
        <translation>Ε&amp;πανάνοιγμα</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Snooze for an hour</source>
        <translation>Αναβολή για μία ώρα</translation>
    </message>
    <message>
        <location line="+2" />
        <source>D&amp;ismiss heard post</source>
        <translation>Α&amp;πόρριψη ανάρτησης που ακούστηκε</translation>
    </message>
    <message>
        <location line="+1" />
        <source>dismiss a post heard by listening</source>
        <translation>απόρριψη ανάρτησης που βρέθηκε με την ακρόαση</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Dismiss and &amp;mute its author</source>
        <translation>Απόρριψη και &amp;σίγαση του συντάκτη</translation>
    </message>
    <message>
        <location line="+1" />
        <source>dismiss a heard post and never hear its author again</source>
        <translation>απόρριψη ανάρτησης και καμία ακρόαση ξανά για τον συντάκτη της</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Customer &amp;timeline</source>
        <translation>&amp;Ιστορικό πελάτη</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Same &amp;person as…</source>
        <translation>Ί&amp;διο πρόσωπο με…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Back to the &amp;list</source>
        <translation>Πίσω στη &amp;λίστα</translation>
    </message>
    <message>
        <location line="+1" />
        <source>leave the composer, back to the list</source>
        <translation>έξοδος από το πλαίσιο απάντησης, πίσω στη λίστα</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Needs reply</source>
        <translation>Θέλει απάντηση</translation>
    </message>
    <message>
        <location line="+0" />
        <source>conversations that need a reply</source>
        <translation>συνομιλίες που θέλουν απάντηση</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waiting on customer</source>
        <translation>Αναμονή πελάτη</translation>
    </message>
    <message>
        <location line="+0" />
        <source>conversations waiting on the customer</source>
        <translation>συνομιλίες όπου περιμένουμε τον πελάτη</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Done</source>
        <translation>Ολοκληρώθηκε</translation>
    </message>
    <message>
        <location line="+0" />
        <source>conversations marked done</source>
        <translation>συνομιλίες που σημειώθηκαν ως ολοκληρωμένες</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All</source>
        <translation>Όλες</translation>
    </message>
    <message>
        <location line="+0" />
        <source>all conversations</source>
        <translation>όλες οι συνομιλίες</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Heard</source>
        <translation>Ακούστηκαν</translation>
    </message>
    <message>
        <location line="+0" />
        <source>posts heard by listening</source>
        <translation>αναρτήσεις που βρέθηκαν με την ακρόαση</translation>
    </message>
    <message>
        <location line="+3" />
        <source>S&amp;idebar</source>
        <translation>Πλαϊνή &amp;στήλη</translation>
    </message>
    <message>
        <location line="+0" />
        <source>show or hide the sidebar</source>
        <translation>εμφάνιση ή απόκρυψη της πλαϊνής στήλης</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Customer &amp;panel</source>
        <translation>Στοιχεία &amp;πελάτη</translation>
    </message>
    <message>
        <location line="+1" />
        <source>show or hide the customer panel</source>
        <translation>εμφάνιση ή απόκρυψη των στοιχείων πελάτη</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Response times…</source>
        <translation>&amp;Χρόνοι απάντησης…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Follow the system</source>
        <translation>Όπως το σύστημα</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Light</source>
        <translation>Φωτεινή</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dark</source>
        <translation>Σκοτεινή</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Desktop &amp;notifications</source>
        <translation>&amp;Ειδοποιήσεις επιφάνειας εργασίας</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>Συντομεύσεις &amp;πληκτρολογίου</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About %1</source>
        <translation>&amp;Σχετικά με το %1</translation>
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
        <location filename="../../desktop_inbox/ui/conversation/followthrough.py" line="+94" />
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
        <comment>%1: the platform, %2: the customer&apos;s handle</comment>
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
        <comment>%1: the platform, %2: the customer&apos;s handle</comment>
        <translation>Απάντηση μέσω %1: προσωπικό μήνυμα προς %2</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../desktop_inbox/ui/application.py" line="+341" />
        <source>%1 is already open on %2, but does not answer.</source>
        <translation>Το %1 είναι ήδη ανοιχτό στο %2, αλλά δεν αποκρίνεται.</translation>
    </message>
    <message>
        <location line="+298" />
        <source>A command-line sync is running on this data folder; this window syncs when it ends.</source>
        <translation>Εκτελείται συγχρονισμός από τη γραμμή εντολών σε αυτόν τον φάκελο δεδομένων· αυτό το παράθυρο θα συγχρονιστεί όταν τελειώσει.</translation>
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
    <name>AttachmentBar</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/attachments.py" line="+111" />
        <source>Pictures</source>
        <translation>Εικόνες</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Attach picture…</source>
        <translation>Εικόνα…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Attach a picture (or drop one here, or paste it); describe it before sending</source>
        <translation>Επισύναψη εικόνας (ή σύρετε μία εδώ ή επικολλήστε τη)· περιγράψτε τη πριν από την αποστολή</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Attach picture</source>
        <translation>Επισύναψη εικόνας</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Picture problem</source>
        <translation>Πρόβλημα με εικόνα</translation>
    </message>
    <message>
        <location line="+23" />
        <source>No pictures on this platform.</source>
        <translation>Αυτή η πλατφόρμα δεν δέχεται εικόνες.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>A picture is still being checked.</source>
        <translation>Μια εικόνα ελέγχεται ακόμη.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Attach pictures</source>
        <translation>Επισύναψη εικόνων</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Pictures (%1)</source>
        <translation>Εικόνες (%1)</translation>
    </message>
    <message>
        <location line="+42" />
        <source>The picture could not be attached.</source>
        <translation>Δεν ήταν δυνατή η επισύναψη της εικόνας.</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Only picture files from this computer can be attached, not web addresses.</source>
        <translation>Μπορείτε να επισυνάψετε μόνο αρχεία εικόνας από αυτόν τον υπολογιστή, όχι διευθύνσεις ιστού.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../desktop_inbox/ui/backup_actions.py" line="+53" />
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
        <location line="+5" />
        <source>Backup written: %1. Sign-ins are not in it.</source>
        <translation>Το αντίγραφο ασφαλείας γράφτηκε: %1. Οι συνδέσεις δεν περιλαμβάνονται.</translation>
    </message>
    <message>
        <location line="+10" />
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
    <name>Banner</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/banner.py" line="+36" />
        <source>info:</source>
        <translation>πληροφορία:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>warning:</source>
        <translation>προειδοποίηση:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>alert:</source>
        <translation>ειδοποίηση:</translation>
    </message>
</context>
<context>
    <name>BlueskyPage</name>
    <message>
        <location filename="../../desktop_inbox/ui/signin/bluesky.py" line="+33" />
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
    <name>Composer</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/composer.py" line="+100" />
        <source>Write a personal reply…  (Ctrl+Enter sends, Esc goes back to the list)</source>
        <translation>Γράψτε μια προσωπική απάντηση…  (Ctrl+Enter: αποστολή, Esc: πίσω στη λίστα)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reply</source>
        <translation>Απάντηση</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+4" />
        <source>Saved replies</source>
        <translation>Έτοιμες απαντήσεις</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Start from a saved reply; it is filled in for this customer (Ctrl+Shift+S). Tab goes to the next {field} to fill.</source>
        <translation>Ξεκινήστε από έτοιμη απάντηση· συμπληρώνεται για αυτόν τον πελάτη (Ctrl+Shift+S). Με το Tab πηγαίνετε στο επόμενο {field} (πεδίο) προς συμπλήρωση.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Add sign-off</source>
        <translation>Προσθήκη υπογραφής</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Cannot send yet</source>
        <translation>Δεν μπορεί να σταλεί ακόμη</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sounds canned</source>
        <translation>Ακούγεται τυποποιημένη</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Personal data in public</source>
        <translation>Προσωπικά δεδομένα δημόσια</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Answer by DM</source>
        <translation>Σε προσωπικό</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make this reply a direct message</source>
        <translation>Αποστολή αυτής της απάντησης ως προσωπικό μήνυμα</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Public note + DM</source>
        <translation>Σημείωση + προσωπικό</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Say in public that you are writing directly, and send this reply by direct message</source>
        <translation>Πείτε δημόσια ότι του γράφετε προσωπικά και στείλτε αυτή την απάντηση ως προσωπικό μήνυμα</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reminder offer</source>
        <translation>Πρόταση υπενθύμισης</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sending</source>
        <translation>Αποστολή</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Undo</source>
        <translation>Αναίρεση</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Characters used</source>
        <translation>Χαρακτήρες</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Public reply</source>
        <translation>Δημόσια</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Direct message</source>
        <translation>Προσωπικό</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reply visibility</source>
        <translation>Ορατότητα απάντησης</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Private matters — order numbers, addresses — belong in a direct message.</source>
        <translation>Τα προσωπικά θέματα — αριθμοί παραγγελιών, διευθύνσεις — ανήκουν σε προσωπικό μήνυμα.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Send</source>
        <translation>Αποστολή</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Send reply</source>
        <translation>Αποστολή απάντησης</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Composer status</source>
        <translation>Κατάσταση απάντησης</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Time left to answer</source>
        <translation>Χρόνος που απομένει για απάντηση</translation>
    </message>
    <message>
        <location line="+71" />
        <source>Sign off with “%1”</source>
        <translation>Υπογραφή «%1»</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Draft restored.</source>
        <translation>Το πρόχειρο επανήλθε.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Manage saved replies…</source>
        <translation>Διαχείριση έτοιμων απαντήσεων…</translation>
    </message>
    <message numerus="yes">
        <location line="+100" />
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n χαρακτήρας</numerusform>
            <numerusform>%n χαρακτήρες</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>No length limit.</source>
        <translation>Χωρίς όριο μήκους.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>{my_name} is your name, and it is empty: set it once in &lt;a href=&apos;preferences&apos;&gt;Preferences ▸ Your name&lt;/a&gt;, or type it here.</source>
        <translation>Το {my_name} (το όνομά σας) είναι κενό: ορίστε το μία φορά στις &lt;a href=&apos;preferences&apos;&gt;Προτιμήσεις ▸ Το όνομά σας&lt;/a&gt; ή πληκτρολογήστε το εδώ.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fill in %1 first: &lt;a href=&apos;next&apos;&gt;go to it&lt;/a&gt; (Tab).</source>
        <translation>Συμπληρώστε πρώτα το %1: &lt;a href=&apos;next&apos;&gt;μετάβαση&lt;/a&gt; (Tab).</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>This reads almost like replies already sent to &lt;b&gt;%n&lt;/b&gt; other customer(s). A line written for this person makes all the difference.</source>
        <translation>
            <numerusform>Μοιάζει σχεδόν με απαντήσεις που έχουν ήδη σταλεί σε &lt;b&gt;%n&lt;/b&gt; άλλον πελάτη. Μια φράση γραμμένη ειδικά για αυτό το πρόσωπο κάνει τη διαφορά.</numerusform>
            <numerusform>Μοιάζει σχεδόν με απαντήσεις που έχουν ήδη σταλεί σε &lt;b&gt;%n&lt;/b&gt; άλλους πελάτες. Μια φράση γραμμένη ειδικά για αυτό το πρόσωπο κάνει τη διαφορά.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10" />
        <source>Private details in a public reply: &lt;b&gt;%1&lt;/b&gt;. Take this to direct messages?</source>
        <translation>Προσωπικά στοιχεία σε δημόσια απάντηση: &lt;b&gt;%1&lt;/b&gt;. Να συνεχίσετε με προσωπικό μήνυμα;</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The customer shared private details in public: &lt;b&gt;%1&lt;/b&gt;. Answer by direct message?</source>
        <translation>Ο πελάτης έγραψε δημόσια προσωπικά στοιχεία: &lt;b&gt;%1&lt;/b&gt;. Να του απαντήσετε με προσωπικό μήνυμα;</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Fill in the placeholders first.</source>
        <translation>Συμπληρώστε πρώτα τα πεδία.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Too long for this platform.</source>
        <translation>Πολύ μεγάλο για αυτή την πλατφόρμα.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>&lt;b style=&apos;color:%1&apos;&gt;Cannot be answered here now:&lt;/b&gt; %2</source>
        <translation>&lt;b style=&apos;color:%1&apos;&gt;Δεν μπορείτε να απαντήσετε εδώ τώρα:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The time to answer here is over.</source>
        <translation>Ο χρόνος για απάντηση εδώ έληξε.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Answerable for %1 more (until %2)</source>
        <translation>Μπορείτε να απαντήσετε για %1 ακόμη (ως %2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The platform takes replies for a limited time after the customer&apos;s last message.</source>
        <translation>Η πλατφόρμα δέχεται απαντήσεις για περιορισμένο χρόνο μετά το τελευταίο μήνυμα του πελάτη.</translation>
    </message>
    <message>
        <location line="+55" />
        <source>Thanks {first_name}! I&apos;ve sent you a direct message.</source>
        <comment>sent to the customer</comment>
        <translation>Ευχαριστούμε {first_name}! Σας στείλαμε προσωπικό μήνυμα.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Scheduled for %1 — it waits in the outbox (File ▸ Outbox: edit, move or cancel it until then).</source>
        <translation>Προγραμματίστηκε για %1 — περιμένει στα εξερχόμενα (Αρχείο ▸ Εξερχόμενα: μπορείτε ως τότε να την αλλάξετε, να τη μετακινήσετε ή να την ακυρώσετε).</translation>
    </message>
    <message numerus="yes">
        <location line="+19" />
        <source>Sending in %n s…</source>
        <translation>
            <numerusform>Αποστολή σε %n δευτ.…</numerusform>
            <numerusform>Αποστολή σε %n δευτ.…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>Not sent — the reply is back in the editor.</source>
        <translation>Δεν στάλθηκε — η απάντηση επέστρεψε στο πλαίσιο.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sent at %1.</source>
        <translation>Στάλθηκε στις %1.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sent.</source>
        <translation>Στάλθηκε.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Send (Ctrl+Enter). The reply waits in the outbox while you are offline.</source>
        <translation>Αποστολή (Ctrl+Enter). Όσο είστε εκτός σύνδεσης, η απάντηση περιμένει στα εξερχόμενα.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reply queued — it goes out as soon as the account is online.</source>
        <translation>Η απάντηση μπήκε στα εξερχόμενα — θα σταλεί μόλις ο λογαριασμός συνδεθεί.</translation>
    </message>
</context>
<context>
    <name>ConnectionLabel</name>
    <message>
        <location filename="../../desktop_inbox/ui/statusbar/connection.py" line="+17" />
        <source>Connection</source>
        <translation>Σύνδεση</translation>
    </message>
</context>
<context>
    <name>ConversationHeader</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/header.py" line="+32" />
        <source>Conversation</source>
        <translation>Συνομιλία</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+89" />
        <source>Mark done</source>
        <translation>Ολοκλήρωση</translation>
    </message>
    <message>
        <location line="-88" />
        <source>Mark done (E) — a new message from the customer reopens it</source>
        <translation>Σήμανση ως ολοκληρωμένη (E) — ένα νέο μήνυμα του πελάτη την ανοίγει ξανά</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dismiss</source>
        <translation>Απόρριψη</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put this heard post away for good (X)</source>
        <translation>Οριστική απόρριψη αυτής της ανάρτησης (X)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dismiss &amp;&amp; mute author</source>
        <translation>Απόρριψη και σίγαση</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dismiss it and never hear its author again on this account (Shift+X)</source>
        <translation>Απόρριψη και καμία ακρόαση ξανά για τον συντάκτη σε αυτόν τον λογαριασμό (Shift+X)</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+2" />
        <source>Follow up</source>
        <translation>Υπενθύμιση</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Bring this conversation back if the customer has not written by then</source>
        <translation>Επαναφορά αυτής της συνομιλίας αν ο πελάτης δεν έχει γράψει ως τότε</translation>
    </message>
    <message>
        <location line="+30" />
        <source>The team server is unreachable: this waits until it is back (replies still go out then).</source>
        <translation>Ο διακομιστής της ομάδας δεν είναι διαθέσιμος: αυτό περιμένει μέχρι να επιστρέψει (οι απαντήσεις φεύγουν κι αυτές τότε).</translation>
    </message>
    <message>
        <location line="+21" />
        <source>direct messages on %1 with %2</source>
        <translation>προσωπικά μηνύματα στο %1 με %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>public thread on %1 with %2</source>
        <translation>δημόσια συζήτηση στο %1 με %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&lt;b style=&apos;color:%1&apos;&gt;needs a reply&lt;/b&gt; · waiting %2</source>
        <translation>&lt;b style=&apos;color:%1&apos;&gt;θέλει απάντηση&lt;/b&gt; · αναμονή %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>waiting on the customer</source>
        <translation>περιμένουμε τον πελάτη</translation>
    </message>
    <message>
        <location line="+1" />
        <source>done</source>
        <translation>ολοκληρώθηκε</translation>
    </message>
    <message>
        <location line="+1" />
        <source>snoozed until %1</source>
        <translation>σε αναβολή έως %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>snoozed</source>
        <translation>σε αναβολή</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&lt;b style=&apos;color:%1&apos;&gt;heard&lt;/b&gt; by listening — not addressed to you; answer in public or dismiss it</source>
        <translation>&lt;b style=&apos;color:%1&apos;&gt;ακούστηκε&lt;/b&gt; με την ακρόαση — δεν απευθύνεται σε εσάς· απαντήστε δημόσια ή απορρίψτε την</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 (X may refuse: self-serve apps may reply only to posts that mention you)</source>
        <translation>%1 (το X μπορεί να αρνηθεί: οι εφαρμογές αυτοεξυπηρέτησης απαντούν μόνο σε αναρτήσεις που σας αναφέρουν)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>began as a heard post</source>
        <translation>ξεκίνησε ως ανάρτηση που ακούστηκε</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;b style=&apos;color:%1&apos;&gt;follow-up&lt;/b&gt;: no answer by %2</source>
        <translation>&lt;b style=&apos;color:%1&apos;&gt;υπενθύμιση συνέχειας&lt;/b&gt;: καμία απάντηση ως %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>back on %1 if no answer</source>
        <translation>επιστρέφει %1 αν δεν απαντήσει</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reopen</source>
        <translation>Επανάνοιγμα</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation_list.py" line="+527" />
        <source>DM</source>
        <translation>Προσωπικό</translation>
    </message>
    <message>
        <location line="+1" />
        <source>heard</source>
        <comment>a post heard by listening</comment>
        <translation>ακούστηκε</translation>
    </message>
    <message>
        <location line="+1" />
        <source>public</source>
        <translation>δημόσια</translation>
    </message>
    <message>
        <location line="+7" />
        <source>↻ follow-up</source>
        <translation>↻ υπενθύμιση</translation>
    </message>
    <message>
        <location line="+53" />
        <source>wakes %1</source>
        <comment>a snoozed conversation comes back at a time</comment>
        <translation>επιστρέφει %1</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <location line="-477" />
        <source>needs a reply</source>
        <translation>θέλει απάντηση</translation>
    </message>
    <message>
        <location line="+0" />
        <source>waiting on the customer</source>
        <translation>περιμένουμε τον πελάτη</translation>
    </message>
    <message>
        <location line="+1" />
        <source>heard by listening</source>
        <translation>ακούστηκε με την ακρόαση</translation>
    </message>
    <message>
        <location line="+0" />
        <source>snoozed</source>
        <translation>σε αναβολή</translation>
    </message>
    <message>
        <location line="+0" />
        <source>done</source>
        <translation>ολοκληρώθηκε</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1, waiting %2</source>
        <translation>%1, αναμονή %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1, a follow-up: no answer since</source>
        <translation>%1, υπενθύμιση συνέχειας: καμία απάντηση από τότε</translation>
    </message>
    <message>
        <location line="+1" />
        <source>direct message</source>
        <translation>προσωπικό μήνυμα</translation>
    </message>
    <message>
        <location line="+0" />
        <source>public</source>
        <translation>δημόσια</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 on %2, %3, %4: %5</source>
        <translation>%1 στο %2, %3, %4: %5</translation>
    </message>
</context>
<context>
    <name>ConversationListView</name>
    <message>
        <location line="+499" />
        <source>Conversations</source>
        <translation>Συνομιλίες</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customers waiting for a reply come first, the longest waiting on top.</source>
        <translation>Πρώτα οι πελάτες που περιμένουν απάντηση, πιο πάνω όσοι περιμένουν περισσότερο.</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/pane.py" line="+341" />
        <source>Sent through the customer&apos;s other channel: it is in that conversation.</source>
        <translation>Στάλθηκε μέσω του άλλου καναλιού του πελάτη: θα τη βρείτε σε εκείνη τη συνομιλία.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Too late to undo: %1</source>
        <translation>Πολύ αργά για αναίρεση: %1</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Conversation updated.</source>
        <translation>Η συνομιλία ενημερώθηκε.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Only a post heard by listening, not yet answered, can be dismissed.</source>
        <translation>Μόνο μια ανάρτηση που ακούστηκε με την ακρόαση, και δεν έχει απαντηθεί, μπορεί να απορριφθεί.</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>Dismissed %n heard post(s); %1 is muted.</source>
        <translation>
            <numerusform>Απορρίφθηκε %n ανάρτηση· ο %1 είναι σε σίγαση.</numerusform>
            <numerusform>Απορρίφθηκαν %n αναρτήσεις· ο %1 είναι σε σίγαση.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Dismissed %n heard post(s).</source>
        <translation>
            <numerusform>Απορρίφθηκε %n ανάρτηση.</numerusform>
            <numerusform>Απορρίφθηκαν %n αναρτήσεις.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28" />
        <source>No reminder on this conversation.</source>
        <translation>Καμία υπενθύμιση σε αυτή τη συνομιλία.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>It comes back on %1 if the customer has not written by then.</source>
        <translation>Επιστρέφει %1 αν ο πελάτης δεν έχει γράψει ως τότε.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Snoozed until %1.</source>
        <translation>Σε αναβολή έως %1.</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <location filename="../../desktop_inbox/ui/customer_panel.py" line="+51" />
        <source>☎ Call</source>
        <translation>☎ Τηλεφώνημα</translation>
    </message>
    <message>
        <location line="+0" />
        <source>◉ Meeting</source>
        <translation>◉ Συνάντηση</translation>
    </message>
    <message>
        <location line="+2" />
        <source>needs reply</source>
        <translation>θέλει απάντηση</translation>
    </message>
    <message>
        <location line="+1" />
        <source>waiting</source>
        <translation>αναμονή πελάτη</translation>
    </message>
    <message>
        <location line="+1" />
        <source>done</source>
        <translation>ολοκληρώθηκε</translation>
    </message>
    <message>
        <location line="+1" />
        <source>snoozed</source>
        <translation>σε αναβολή</translation>
    </message>
    <message>
        <location line="+1" />
        <source>heard</source>
        <translation>ακούστηκε</translation>
    </message>
    <message>
        <location line="+9" />
        <source>DM</source>
        <translation>Προσωπικό</translation>
    </message>
    <message>
        <location line="+0" />
        <source>public</source>
        <translation>δημόσια</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Customer</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Identities</source>
        <translation>Λογαριασμοί του πελάτη</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+50" />
        <source>Tags</source>
        <translation>Ετικέτες</translation>
    </message>
    <message>
        <location line="-48" />
        <source>Add a tag…</source>
        <translation>Προσθήκη ετικέτας…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add a tag</source>
        <translation>Προσθήκη ετικέτας</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Earlier conversations</source>
        <translation>Προηγούμενες συνομιλίες</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add a note about this customer…</source>
        <translation>Σημείωση για αυτόν τον πελάτη…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add a note</source>
        <translation>Προσθήκη σημείωσης</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add</source>
        <translation>Προσθήκη</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Timeline</source>
        <translation>Ιστορικό</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Everything this customer ever wrote, on every platform (T)</source>
        <translation>Ό,τι έχει γράψει ποτέ αυτός ο πελάτης, σε κάθε πλατφόρμα (T)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Same person as…</source>
        <translation>Ίδιο πρόσωπο με…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Merge identities of one person across platforms</source>
        <translation>Ενοποίηση των λογαριασμών ενός προσώπου σε διαφορετικές πλατφόρμες</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Log call…</source>
        <translation>Καταγραφή κλήσης…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Log a phone call or a meeting on this customer&apos;s timeline</source>
        <translation>Καταγραφή τηλεφωνήματος ή συνάντησης στο ιστορικό αυτού του πελάτη</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Conversations</source>
        <translation>Συνομιλίες</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Notes, calls and meetings</source>
        <translation>Σημειώσεις, κλήσεις, συναντήσεις</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Select a conversation to see the customer&apos;s story.</source>
        <translation>Επιλέξτε μια συνομιλία για να δείτε την ιστορία του πελάτη.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>First contact %1 · %2 · %3</source>
        <translation>Πρώτη επαφή %1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n συνομιλία</numerusform>
            <numerusform>%n συνομιλίες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n μήνυμα</numerusform>
            <numerusform>%n μηνύματα</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>Remove tag</source>
        <translation>Αφαίρεση ετικέτας</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No tags yet</source>
        <translation>Καμία ετικέτα ακόμη</translation>
    </message>
    <message>
        <location line="+65" />
        <source>%1 %2, %3, %4: %5</source>
        <translation>%1 %2, %3, %4: %5</translation>
    </message>
    <message>
        <location line="-54" />
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+96" />
        <source>%1 · %2 · viewing</source>
        <translation>%1 · %2 · ανοιχτή τώρα</translation>
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
        <translation>
            <numerusform>Τελευταία %Ln ημέρα</numerusform>
            <numerusform>Τελευταίες %Ln ημέρες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+88" />
        <source>%Ln customer message(s) of the last %1 days not answered yet.</source>
        <translation>
            <numerusform>%Ln μήνυμα πελάτη των τελευταίων %1 ημερών δεν έχει απαντηθεί ακόμη.</numerusform>
            <numerusform>%Ln μηνύματα πελατών των τελευταίων %1 ημερών δεν έχουν απαντηθεί ακόμη.</numerusform>
        </translation>
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
        <translation>
            <numerusform>συνομιλία περιμένει τώρα</numerusform>
            <numerusform>συνομιλίες περιμένουν τώρα</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>customer message(s) answered in %1 days</source>
        <comment>%1: 30 or 90</comment>
        <translation>
            <numerusform>μήνυμα πελάτη απαντήθηκε σε %1 ημέρες</numerusform>
            <numerusform>μηνύματα πελατών απαντήθηκαν σε %1 ημέρες</numerusform>
        </translation>
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
        <comment>a platform&apos;s direct messages</comment>
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
        <location filename="../../desktop_inbox/ui/style.py" line="+46" />
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
        <source>Your name or your shop&apos;s, as customers see it</source>
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
    <name>Errors</name>
    <message>
        <location filename="../../desktop_inbox/connectors/bluesky/chat.py" line="+69" />
        <location line="+175" />
        <source>Bluesky chat sent a conversation we cannot read.</source>
        <translation>Η συνομιλία Bluesky έστειλε μια συνομιλία που δεν μπορούμε να διαβάσουμε.</translation>
    </message>
    <message>
        <location line="-161" />
        <source>not a one-to-one conversation</source>
        <translation>δεν είναι συνομιλία ένας προς έναν</translation>
    </message>
    <message>
        <location line="+14" />
        <source>message is not an object</source>
        <translation>το μήνυμα δεν είναι αντικείμενο</translation>
    </message>
    <message>
        <location line="+9" />
        <location filename="../../desktop_inbox/connectors/meta/parse.py" line="+137" />
        <source>unreadable message: {exc}</source>
        <translation>μήνυμα που δεν διαβάζεται: {exc}</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Bluesky chat sent a log that is not a list.</source>
        <translation>Η συνομιλία Bluesky έστειλε αρχείο καταγραφής που δεν είναι λίστα.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Bluesky chat sent conversations that are not a list.</source>
        <translation>Η συνομιλία Bluesky έστειλε συνομιλίες που δεν είναι λίστα.</translation>
    </message>
    <message>
        <location line="+75" />
        <source>Bluesky chat accepted the message but sent back something we cannot read.</source>
        <translation>Η συνομιλία Bluesky δέχτηκε το μήνυμα, αλλά απάντησε με κάτι που δεν μπορούμε να διαβάσουμε.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/bluesky/connector.py" line="+141" />
        <source>Bluesky server (PDS) address</source>
        <translation>διεύθυνση διακομιστή Bluesky (PDS)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bluesky chat service address</source>
        <translation>διεύθυνση της υπηρεσίας συνομιλιών Bluesky</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Bluesky sent a session without a DID.</source>
        <translation>Το Bluesky έστειλε σύνδεση χωρίς DID.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Bluesky sent a profile we cannot read ({exc}).</source>
        <translation>Το Bluesky έστειλε προφίλ που δεν μπορούμε να διαβάσουμε ({exc}).</translation>
    </message>
    <message>
        <location line="+46" />
        <location filename="../../desktop_inbox/connectors/x/parse.py" line="+210" />
        <source>unreadable post: {exc}</source>
        <translation>ανάρτηση που δεν διαβάζεται: {exc}</translation>
    </message>
    <message>
        <location line="+54" />
        <source>post view is not an object</source>
        <translation>η προβολή της ανάρτησης δεν είναι αντικείμενο</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Bluesky sent notifications that are not a list.</source>
        <translation>Το Bluesky έστειλε ειδοποιήσεις που δεν είναι λίστα.</translation>
    </message>
    <message>
        <location line="+110" />
        <source>Bluesky direct messages cannot carry pictures; send the reply without them.</source>
        <translation>Τα προσωπικά μηνύματα του Bluesky δεν μπορούν να έχουν εικόνες· στείλτε την απάντηση χωρίς αυτές.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>This reply has no record key; please queue it again.</source>
        <translation>Αυτή η απάντηση δεν έχει κλειδί εγγραφής· βάλτε την ξανά στα εξερχόμενα.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Bluesky accepted the reply but sent back something we cannot read.</source>
        <translation>Το Bluesky δέχτηκε την απάντηση, αλλά απάντησε με κάτι που δεν μπορούμε να διαβάσουμε.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The post you answer no longer exists on Bluesky.</source>
        <translation>Η ανάρτηση στην οποία απαντάτε δεν υπάρχει πια στο Bluesky.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Bluesky sent a post without a CID.</source>
        <translation>Το Bluesky έστειλε ανάρτηση χωρίς CID.</translation>
    </message>
    <message>
        <location line="+47" />
        <source>The Bluesky sign-in is missing from the keyring. Please sign in again.</source>
        <translation>Η σύνδεση Bluesky λείπει από την κλειδοθήκη. Συνδεθείτε ξανά.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/bluesky/listening.py" line="+73" />
        <source>Not heard: Bluesky&apos;s search refused {term} ({why}).</source>
        <translation>Δεν ακούγεται: η αναζήτηση του Bluesky απέρριψε το {term} ({why}).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Bluesky sent search results without a list of posts.</source>
        <translation>Το Bluesky έστειλε αποτελέσματα αναζήτησης χωρίς λίστα αναρτήσεων.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>a search result has no record</source>
        <translation>ένα αποτέλεσμα αναζήτησης δεν έχει εγγραφή</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/bluesky/media.py" line="+35" />
        <source>This Bluesky attachment names no blob.</source>
        <translation>Αυτό το συνημμένο του Bluesky δεν αναφέρει αρχείο (blob).</translation>
    </message>
    <message>
        <location line="+20" />
        <location filename="../../desktop_inbox/connectors/email/media.py" line="+30" />
        <source>The file is too big to keep.</source>
        <translation>Το αρχείο είναι πολύ μεγάλο για να φυλαχτεί.</translation>
    </message>
    <message>
        <location line="+15" />
        <location filename="../../desktop_inbox/connectors/mastodon/media.py" line="+94" />
        <location filename="../../desktop_inbox/connectors/x/media.py" line="+72" />
        <source>A picture of this reply was not uploaded.</source>
        <translation>Μια εικόνα αυτής της απάντησης δεν ανέβηκε.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/bluesky/xrpc.py" line="+72" />
        <source>Please sign in to Bluesky again with an app password.</source>
        <translation>Συνδεθείτε ξανά στο Bluesky με κωδικό εφαρμογής.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This app password cannot read direct messages. In Bluesky, open Settings → Privacy and security → App passwords, create one with “Allow access to your direct messages”, and sign in with it.</source>
        <translation>Αυτός ο κωδικός εφαρμογής δεν μπορεί να διαβάσει προσωπικά μηνύματα. Στο Bluesky, ανοίξτε Settings → Privacy and security → App passwords, δημιουργήστε έναν με το “Allow access to your direct messages” και συνδεθείτε με αυτόν.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Bluesky has suspended this account.</source>
        <translation>Το Bluesky έχει αναστείλει αυτόν τον λογαριασμό.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This Bluesky account is deactivated.</source>
        <translation>Αυτός ο λογαριασμός Bluesky είναι απενεργοποιημένος.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This account asks for an e-mail code; sign in with an app password instead.</source>
        <translation>Αυτός ο λογαριασμός ζητά κωδικό από e-mail· συνδεθείτε με κωδικό εφαρμογής αντί γι&apos; αυτό.</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>The post no longer exists on Bluesky.</source>
        <translation>Η ανάρτηση δεν υπάρχει πια στο Bluesky.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bluesky&apos;s copy of the account changed meanwhile; the reply will be tried again.</source>
        <translation>Το αντίγραφο του λογαριασμού στο Bluesky άλλαξε στο μεταξύ· η απάντηση θα σταλεί ξανά.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This conversation is locked on Bluesky; no more messages can be sent to it.</source>
        <translation>Αυτή η συνομιλία είναι κλειδωμένη στο Bluesky· δεν μπορούν να σταλούν άλλα μηνύματα.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bluesky no longer knows this conversation (left or deleted).</source>
        <translation>Το Bluesky δεν γνωρίζει πια αυτή τη συνομιλία (έγινε αποχώρηση ή διαγράφηκε).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This person does not accept direct messages on Bluesky.</source>
        <translation>Αυτό το άτομο δεν δέχεται προσωπικά μηνύματα στο Bluesky.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This person accepts direct messages only from accounts they follow.</source>
        <translation>Αυτό το άτομο δέχεται προσωπικά μηνύματα μόνο από λογαριασμούς που ακολουθεί.</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>This person has blocked the account, or the account blocks them.</source>
        <translation>Αυτό το άτομο έχει αποκλείσει τον λογαριασμό ή ο λογαριασμός το έχει αποκλείσει.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This person is no longer on Bluesky.</source>
        <translation>Αυτό το άτομο δεν είναι πια στο Bluesky.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The message answered no longer exists.</source>
        <translation>Το μήνυμα στο οποίο απαντάτε δεν υπάρχει πια.</translation>
    </message>
    <message>
        <location line="+102" />
        <source>The Bluesky sign-in in the keyring is incomplete. {sign_in_again}</source>
        <translation>Η σύνδεση Bluesky στην κλειδοθήκη είναι ελλιπής. {sign_in_again}</translation>
    </message>
    <message>
        <location line="+20" />
        <location line="+105" />
        <source>Not signed in to Bluesky. {sign_in_again}</source>
        <translation>Δεν έχετε συνδεθεί στο Bluesky. {sign_in_again}</translation>
    </message>
    <message>
        <location line="-78" />
        <source>Bluesky sent a blob that is not a file.</source>
        <translation>Το Bluesky έστειλε blob που δεν είναι αρχείο.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Bluesky took a picture but sent back no blob reference.</source>
        <translation>Το Bluesky δέχτηκε την εικόνα, αλλά δεν επέστρεψε αναφορά blob.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>{what} asked us to slow down; next try at {astimezone:%H:%M:%S}.</source>
        <translation>Το {what} ζήτησε να κάνουμε πιο αραιά αιτήματα· επόμενη προσπάθεια στις {astimezone:%H:%M:%S}.</translation>
    </message>
    <message>
        <location line="+37" />
        <location line="+59" />
        <location filename="../../desktop_inbox/connectors/http.py" line="+414" />
        <source>Cannot reach {host}: {explain}.</source>
        <translation>Δεν υπάρχει σύνδεση με το {host}: {explain}.</translation>
    </message>
    <message>
        <location line="-54" />
        <location line="+63" />
        <source>The connection to {host} broke ({first_line}).</source>
        <translation>Η σύνδεση με το {host} διακόπηκε ({first_line}).</translation>
    </message>
    <message>
        <location line="-51" />
        <source>Bluesky sent an answer we cannot read ({nsid}: {exc}).</source>
        <translation>Το Bluesky έστειλε απάντηση που δεν μπορούμε να διαβάσουμε ({nsid}: {exc}).</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Bluesky sent an answer that is not JSON ({nsid}).</source>
        <translation>Το Bluesky έστειλε απάντηση που δεν είναι JSON ({nsid}).</translation>
    </message>
    <message>
        <location line="+34" />
        <source>{host} did not answer in time.</source>
        <translation>Το {host} δεν απάντησε εγκαίρως.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Bluesky no longer accepts this sign-in ({said}). {sign_in_again}</source>
        <translation>Το Bluesky δεν δέχεται πια αυτή τη σύνδεση ({said}). {sign_in_again}</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Bluesky asked us to slow down until {astimezone:%H:%M:%S} ({said}).</source>
        <translation>Το Bluesky ζήτησε να κάνουμε πιο αραιά αιτήματα έως τις {astimezone:%H:%M:%S} ({said}).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Bluesky had a server error ({status}: {said}).</source>
        <translation>Το Bluesky είχε σφάλμα διακομιστή ({status}: {said}).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Bluesky refused the request ({status}: {said}).</source>
        <translation>Το Bluesky απέρριψε το αίτημα ({status}: {said}).</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/email/config.py" line="+85" />
        <source>The e-mail account&apos;s settings are incomplete ({exc}); please add it again.</source>
        <translation>Οι ρυθμίσεις του λογαριασμού e-mail είναι ελλιπείς ({exc})· προσθέστε τον ξανά.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The user name is empty.</source>
        <translation>Το όνομα χρήστη είναι κενό.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{address!r} is not an e-mail address.</source>
        <translation>Το {address!r} δεν είναι διεύθυνση e-mail.</translation>
    </message>
    <message>
        <location line="+7" />
        <location filename="../../desktop_inbox/services/signin/email.py" line="+111" />
        <source>The {what} security is one of {join}, not {security!r}.</source>
        <translation>Η ασφάλεια του {what} είναι ένα από τα {join}, όχι {security!r}.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{host!r} is not a valid {what} server name.</source>
        <translation>Το {host!r} δεν είναι έγκυρο όνομα διακομιστή {what}.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The {what} port must be between 1 and 65535, not {port}.</source>
        <translation>Η θύρα {what} πρέπει να είναι από 1 έως 65535, όχι {port}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Security &apos;none&apos; would send the password to {host} in clear text; it is only allowed for this computer (127.0.0.1, localhost). Use tls or starttls.</source>
        <translation>Η ασφάλεια &apos;none&apos; θα έστελνε τον κωδικό στο {host} χωρίς κρυπτογράφηση· επιτρέπεται μόνο για αυτόν τον υπολογιστή (127.0.0.1, localhost). Χρησιμοποιήστε tls ή starttls.</translation>
    </message>
    <message>
        <location line="+158" />
        <source>Security is one of {join}, not {security!r}.</source>
        <translation>Η ασφάλεια είναι ένα από τα {join}, όχι {security!r}.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/email/connector.py" line="+139" />
        <source>The password for {address} is missing. Please sign in again.</source>
        <translation>Λείπει ο κωδικός για το {address}. Συνδεθείτε ξανά.</translation>
    </message>
    <message>
        <location line="+325" />
        <source>The message {message_id} is no longer on the server.</source>
        <translation>Το μήνυμα {message_id} δεν υπάρχει πια στον διακομιστή.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>This reply has no Message-ID yet; it must be prepared before sending.</source>
        <translation>Αυτή η απάντηση δεν έχει ακόμη Message-ID· πρέπει να προετοιμαστεί πριν σταλεί.</translation>
    </message>
    <message>
        <location line="+67" />
        <source>The reply was sent but cannot be read back.</source>
        <translation>Η απάντηση στάλθηκε, αλλά δεν μπορεί να διαβαστεί ξανά.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The e-mail password is missing from the keyring. Please sign in again.</source>
        <translation>Ο κωδικός του e-mail λείπει από την κλειδοθήκη. Συνδεθείτε ξανά.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/email/idle.py" line="+25" />
        <source>The mail server ended the IDLE connection.</source>
        <translation>Ο διακομιστής αλληλογραφίας τερμάτισε τη σύνδεση IDLE.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The mail server {host} cannot push new mail (no IDLE).</source>
        <translation>Ο διακομιστής αλληλογραφίας {host} δεν μπορεί να ειδοποιεί για νέα μηνύματα (χωρίς IDLE).</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The IDLE connection to the mail server was lost.</source>
        <translation>Η σύνδεση IDLE με τον διακομιστή αλληλογραφίας χάθηκε.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/email/imap.py" line="+88" />
        <source>The mail server {host} did not accept the user name or password.</source>
        <translation>Ο διακομιστής αλληλογραφίας {host} δεν δέχτηκε το όνομα χρήστη ή τον κωδικό.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot reach the mail server {what}.</source>
        <translation>Δεν υπάρχει σύνδεση με τον διακομιστή αλληλογραφίας {what}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The mail server {what} did not answer in time.</source>
        <translation>Ο διακομιστής αλληλογραφίας {what} δεν απάντησε εγκαίρως.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The connection to the mail server {what} was lost.</source>
        <translation>Η σύνδεση με τον διακομιστή αλληλογραφίας {what} χάθηκε.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The mail server {host} lacks a feature we need: {exc}</source>
        <translation>Στον διακομιστή αλληλογραφίας {host} λείπει μια λειτουργία που χρειαζόμαστε: {exc}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The mail server {host} refused a command: {exc}</source>
        <translation>Ο διακομιστής αλληλογραφίας {host} αρνήθηκε μια εντολή: {exc}</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The mail server {host} does not offer STARTTLS on port {port}; try security tls (port 993).</source>
        <translation>Ο διακομιστής αλληλογραφίας {host} δεν προσφέρει STARTTLS στη θύρα {port}· δοκιμάστε ασφάλεια tls (θύρα 993).</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/email/media.py" line="-3" />
        <source>This attachment names no part of the message.</source>
        <translation>Αυτό το συνημμένο δεν αντιστοιχεί σε κανένα μέρος του μηνύματος.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/email/smtp.py" line="+61" />
        <source>The mail server {host} did not accept the user name or password for sending.</source>
        <translation>Ο διακομιστής αλληλογραφίας {host} δεν δέχτηκε το όνομα χρήστη ή τον κωδικό για αποστολή.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Cannot reach the mail server {label}.</source>
        <translation>Δεν υπάρχει σύνδεση με τον διακομιστή αλληλογραφίας {label}.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The mail server {label} cannot do this: {message}</source>
        <translation>Ο διακομιστής αλληλογραφίας {label} δεν μπορεί να το κάνει αυτό: {message}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The mail server {label} did not answer in time.</source>
        <translation>Ο διακομιστής αλληλογραφίας {label} δεν απάντησε εγκαίρως.</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+60" />
        <source>The connection to the mail server {label} was lost.</source>
        <translation>Η σύνδεση με τον διακομιστή αλληλογραφίας {label} χάθηκε.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The mail server {label} did not confirm the message; it may have been sent.</source>
        <translation>Ο διακομιστής αλληλογραφίας {label} δεν επιβεβαίωσε το μήνυμα· ίσως έχει σταλεί.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/http.py" line="-374" />
        <source>server address</source>
        <translation>διεύθυνση διακομιστή</translation>
    </message>
    <message>
        <location line="+23" />
        <location filename="../../desktop_inbox/text/listening.py" line="+34" />
        <source>The {what} is empty.</source>
        <translation>Το πεδίο «{what}» είναι κενό.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The {what} must be a web address starting with https://, not {group}:.</source>
        <translation>Το πεδίο «{what}» πρέπει να είναι διεύθυνση web που αρχίζει με https://, όχι {group}:.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The {what} must start with https:// (got {scheme}://).</source>
        <translation>Το πεδίο «{what}» πρέπει να αρχίζει με https:// (δόθηκε {scheme}://).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{raw!r} is not a valid {what}.</source>
        <translation>Το {raw!r} δεν είναι έγκυρο πεδίο «{what}».</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The {what} must use https://; plain http:// is only allowed for this computer (127.0.0.1).</source>
        <translation>Το πεδίο «{what}» πρέπει να χρησιμοποιεί https://· το απλό http:// επιτρέπεται μόνο για αυτόν τον υπολογιστή (127.0.0.1).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The {what} must not contain a user name or password.</source>
        <translation>Το πεδίο «{what}» δεν πρέπει να περιέχει όνομα χρήστη ή κωδικό.</translation>
    </message>
    <message>
        <location line="+168" />
        <source>{platform_name} asked us to slow down; next try at {astimezone:%H:%M:%S}.</source>
        <translation>Το {platform_name} ζήτησε να κάνουμε πιο αραιά αιτήματα· επόμενη προσπάθεια στις {astimezone:%H:%M:%S}.</translation>
    </message>
    <message>
        <location line="+135" />
        <source>{host} did not answer in time ({reason}).</source>
        <translation>Το {host} δεν απάντησε εγκαίρως ({reason}).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The connection to {host} broke ({reason}).</source>
        <translation>Η σύνδεση με το {host} διακόπηκε ({reason}).</translation>
    </message>
    <message>
        <location line="-86" />
        <source>{platform_name} sent a response that is not valid JSON ({method} {path}).</source>
        <translation>Το {platform_name} έστειλε απάντηση που δεν είναι έγκυρο JSON ({method} {path}).</translation>
    </message>
    <message>
        <location line="+34" />
        <source>{name} no longer accepts this sign-in ({reason}). Please sign in again.</source>
        <translation>Το {name} δεν δέχεται πια αυτή τη σύνδεση ({reason}). Συνδεθείτε ξανά.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>{name} asked us to slow down ({reason}).</source>
        <translation>Το {name} ζήτησε να κάνουμε πιο αραιά αιτήματα ({reason}).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{name} had a server error ({status}: {reason}).</source>
        <translation>Το {name} είχε σφάλμα διακομιστή ({status}: {reason}).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{name} redirected the request elsewhere ({status}); is the server address right?</source>
        <translation>Το {name} ανακατεύθυνε το αίτημα αλλού ({status})· είναι σωστή η διεύθυνση του διακομιστή;</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{name} refused the request ({status}: {reason}).</source>
        <translation>Το {name} απέρριψε το αίτημα ({status}: {reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/instagram/connector.py" line="+53" />
        <source>Instagram API address</source>
        <translation>διεύθυνση του Instagram API</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Instagram sent an account we cannot read ({exc}).</source>
        <translation>Το Instagram έστειλε λογαριασμό που δεν μπορούμε να διαβάσουμε ({exc}).</translation>
    </message>
    <message>
        <location line="+97" />
        <source>Instagram cannot answer a post you were tagged in privately; answer it publicly.</source>
        <translation>Το Instagram δεν επιτρέπει ιδιωτική απάντηση σε ανάρτηση όπου σας έχουν επισημάνει· απαντήστε δημόσια.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/instagram/media.py" line="+92" />
        <source>unreadable tagged post: {exc}</source>
        <translation>επισημασμένη ανάρτηση που δεν διαβάζεται: {exc}</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/mastodon/auth.py" line="+31" />
        <location filename="../../desktop_inbox/connectors/mastodon/connector.py" line="+154" />
        <location filename="../../desktop_inbox/services/signin/mastodon.py" line="+15" />
        <source>Mastodon server address</source>
        <translation>διεύθυνση διακομιστή Mastodon</translation>
    </message>
    <message>
        <location line="+25" />
        <source>{base_url} does not look like a Mastodon server (registering the app failed: {exc}).</source>
        <translation>Το {base_url} δεν μοιάζει με διακομιστή Mastodon (η καταχώριση της εφαρμογής απέτυχε: {exc}).</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Mastodon did not accept the sign-in code ({exc}).</source>
        <translation>Το Mastodon δεν δέχτηκε τον κωδικό σύνδεσης ({exc}).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Mastodon sent no access token.</source>
        <translation>Το Mastodon δεν έστειλε διακριτικό πρόσβασης.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/mastodon/connector.py" line="+21" />
        <source>Mastodon sent an unexpected answer to verify_credentials.</source>
        <translation>Το Mastodon έδωσε απρόσμενη απάντηση στο verify_credentials.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Mastodon sent an account we cannot read ({exc}).</source>
        <translation>Το Mastodon έστειλε λογαριασμό που δεν μπορούμε να διαβάσουμε ({exc}).</translation>
    </message>
    <message>
        <location line="+87" />
        <source>status is not an object</source>
        <translation>η ανάρτηση δεν είναι αντικείμενο</translation>
    </message>
    <message>
        <location line="+8" />
        <source>unreadable status: {exc}</source>
        <translation>ανάρτηση που δεν διαβάζεται: {exc}</translation>
    </message>
    <message>
        <location line="+154" />
        <source>Mastodon sent notifications that are not a list.</source>
        <translation>Το Mastodon έστειλε ειδοποιήσεις που δεν είναι λίστα.</translation>
    </message>
    <message>
        <location line="+68" />
        <source>Mastodon sent statuses that are not a list.</source>
        <translation>Το Mastodon έστειλε αναρτήσεις που δεν είναι λίστα.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Mastodon sent conversations that are not a list.</source>
        <translation>Το Mastodon έστειλε συνομιλίες που δεν είναι λίστα.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Mastodon sent a thread that is not an object.</source>
        <translation>Το Mastodon έστειλε νήμα που δεν είναι αντικείμενο.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Mastodon accepted the reply but sent back something we cannot read.</source>
        <translation>Το Mastodon δέχτηκε την απάντηση, αλλά απάντησε με κάτι που δεν μπορούμε να διαβάσουμε.</translation>
    </message>
    <message>
        <location line="+142" />
        <source>The Mastodon sign-in is missing from the keyring. Please sign in again.</source>
        <translation>Η σύνδεση Mastodon λείπει από την κλειδοθήκη. Συνδεθείτε ξανά.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/mastodon/listening.py" line="+85" />
        <source>Not heard: {host} does not let this account read its hashtag timelines ({why}).</source>
        <translation>Δεν ακούγεται: το {host} δεν επιτρέπει σε αυτόν τον λογαριασμό να διαβάζει τις ροές των hashtag ({why}).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Mastodon sent a hashtag timeline that is not a list.</source>
        <translation>Το Mastodon έστειλε ροή hashtag που δεν είναι λίστα.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Mastodon sent search results without a list of statuses.</source>
        <translation>Το Mastodon έστειλε αποτελέσματα αναζήτησης χωρίς λίστα αναρτήσεων.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Not heard: {host} offers no full-text search of posts, so words and phrases cannot be heard there (most Mastodon servers don&apos;t). Listen for #hashtags instead.</source>
        <translation>Δεν ακούγεται: το {host} δεν προσφέρει αναζήτηση πλήρους κειμένου στις αναρτήσεις, οπότε λέξεις και φράσεις δεν ακούγονται εκεί (οι περισσότεροι διακομιστές Mastodon δεν την προσφέρουν). Ακούστε για #hashtags αντί γι&apos; αυτό.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/mastodon/media.py" line="-23" />
        <source>Mastodon accepted a picture but sent back something we cannot read.</source>
        <translation>Το Mastodon δέχτηκε μια εικόνα, αλλά απάντησε με κάτι που δεν μπορούμε να διαβάσουμε.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Mastodon is still processing the picture; the reply goes out once it is ready.</source>
        <translation>Το Mastodon επεξεργάζεται ακόμη την εικόνα· η απάντηση θα σταλεί μόλις είναι έτοιμη.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/media.py" line="+46" />
        <source>The media address is not valid.</source>
        <translation>Η διεύθυνση του αρχείου πολυμέσων δεν είναι έγκυρη.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Media is fetched over https only (not {value}).</source>
        <translation>Τα αρχεία πολυμέσων λαμβάνονται μόνο μέσω https (όχι {value}).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A media address with a user name is refused.</source>
        <translation>Μια διεύθυνση πολυμέσων με όνομα χρήστη απορρίπτεται.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{host} is not one of the platform&apos;s media hosts; the file was not fetched.</source>
        <translation>Το {host} δεν είναι διακομιστής πολυμέσων της πλατφόρμας· το αρχείο δεν λήφθηκε.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>The file is too big to keep ({n} MB).</source>
        <translation>Το αρχείο είναι πολύ μεγάλο για να φυλαχτεί ({n} MB).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The file is too big to keep (over {n} MB).</source>
        <translation>Το αρχείο είναι πολύ μεγάλο για να φυλαχτεί (πάνω από {n} MB).</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+8" />
        <source>Cannot reach {host} for a media file.</source>
        <translation>Δεν υπάρχει σύνδεση με το {host} για ένα αρχείο πολυμέσων.</translation>
    </message>
    <message>
        <location line="-5" />
        <source>Fetching a media file from {host} failed ({name}).</source>
        <translation>Η λήψη αρχείου πολυμέσων από το {host} απέτυχε ({name}).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The media host redirected too many times.</source>
        <translation>Ο διακομιστής πολυμέσων έκανε πάρα πολλές ανακατευθύνσεις.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>{host} asked us to slow down fetching media.</source>
        <translation>Το {host} ζήτησε να λαμβάνουμε πιο αραιά τα αρχεία πολυμέσων.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{host} had a server error ({status}) sending a media file.</source>
        <translation>Το {host} είχε σφάλμα διακομιστή ({status}) στέλνοντας ένα αρχείο πολυμέσων.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{host} refused the media file ({status}).</source>
        <translation>Το {host} αρνήθηκε το αρχείο πολυμέσων ({status}).</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/messenger/connector.py" line="+46" />
        <source>Facebook Graph API address</source>
        <translation>διεύθυνση του Facebook Graph API</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The Page ID is a number: find it on your Page under About &gt; Page transparency, or in the Messenger settings of your Meta app.</source>
        <translation>Το αναγνωριστικό Σελίδας είναι ένας αριθμός: θα το βρείτε στη Σελίδα σας στο About &gt; Page transparency ή στις ρυθμίσεις Messenger της εφαρμογής σας στη Meta.</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Facebook sent a Page we cannot read ({exc}).</source>
        <translation>Το Facebook έστειλε Σελίδα που δεν μπορούμε να διαβάσουμε ({exc}).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This token belongs to {value} ({page_id}), not to Page {page_id2}. Generate a Page access token for the right Page in your Meta app&apos;s Messenger settings.</source>
        <translation>Αυτό το διακριτικό ανήκει στο {value} ({page_id}), όχι στη Σελίδα {page_id2}. Δημιουργήστε διακριτικό πρόσβασης για τη σωστή Σελίδα στις ρυθμίσεις Messenger της εφαρμογής σας στη Meta.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/meta/comments.py" line="+66" />
        <source>unreadable comment: {exc}</source>
        <translation>σχόλιο που δεν διαβάζεται: {exc}</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/meta/connector.py" line="+219" />
        <source>Pictures cannot be attached to {name} replies yet; send the reply without them.</source>
        <translation>Δεν μπορούν ακόμη να επισυναφθούν εικόνες σε απαντήσεις στο {name}· στείλτε την απάντηση χωρίς αυτές.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The reply waited too long: {name} takes answers only within {value} of the customer&apos;s last message, and that time has passed. It was not sent.</source>
        <translation>Η απάντηση περίμενε πολύ: το {name} δέχεται απαντήσεις μόνο μέσα σε {value} από το τελευταίο μήνυμα του πελάτη, και ο χρόνος αυτός πέρασε. Δεν στάλθηκε.</translation>
    </message>
    <message>
        <location line="+44" />
        <source>{name} accepted the reply but sent back no id.</source>
        <translation>Το {name} δέχτηκε την απάντηση, αλλά δεν επέστρεψε αναγνωριστικό.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/meta/errors.py" line="+108" />
        <source>{name} no longer accepts the token ({why}). Generate a new token in your Meta app&apos;s dashboard and add the account again (desktop-inbox accounts add {platform} …).</source>
        <translation>Το {name} δεν δέχεται πια το διακριτικό ({why}). Δημιουργήστε νέο διακριτικό στον πίνακα ελέγχου της εφαρμογής σας στη Meta και προσθέστε ξανά τον λογαριασμό (desktop-inbox accounts add {platform} …).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Meta limits how often your app may call {name} ({reason}); Desktop Inbox waits until {astimezone:%H:%M} before it tries again.</source>
        <translation>Η Meta περιορίζει πόσο συχνά η εφαρμογή σας καλεί το {name} ({reason})· το Desktop Inbox περιμένει έως τις {astimezone:%H:%M} πριν ξαναδοκιμάσει.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{name} refused the message: it is outside the time Meta allows for answers (24 hours after the customer&apos;s last message; 7 days with the Human Agent feature). Wait until they write again.</source>
        <translation>Το {name} αρνήθηκε το μήνυμα: είναι εκτός του χρόνου που επιτρέπει η Meta για απαντήσεις (24 ώρες μετά το τελευταίο μήνυμα του πελάτη· 7 ημέρες με τη λειτουργία Human Agent). Περιμένετε να ξαναγράψει.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{name} says this person isn&apos;t available right now (they may have blocked the account or closed theirs).</source>
        <translation>Το {name} λέει ότι αυτό το άτομο δεν είναι διαθέσιμο τώρα (ίσως μπλόκαρε τον λογαριασμό ή έκλεισε τον δικό του).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{name} had a temporary problem ({reason}).</source>
        <translation>Το {name} είχε ένα προσωρινό πρόβλημα ({reason}).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{name} knows no such person ({reason}).</source>
        <translation>Το {name} δεν γνωρίζει τέτοιο άτομο ({reason}).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{name} refused the request ({reason}).</source>
        <translation>Το {name} απέρριψε το αίτημα ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/meta/graph.py" line="+124" />
        <source>Your Meta app has used {percent:.0f}% of what Meta allows; Desktop Inbox waits until {astimezone:%H:%M} before it calls {platform_name} again.</source>
        <translation>Η εφαρμογή σας στη Meta έχει χρησιμοποιήσει το {percent:.0f}% όσων επιτρέπει η Meta· το Desktop Inbox περιμένει έως τις {astimezone:%H:%M} πριν καλέσει ξανά το {platform_name}.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>{platform_name} sent an answer that is not a JSON object.</source>
        <translation>Το {platform_name} έστειλε απάντηση που δεν είναι αντικείμενο JSON.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/meta/tokens.py" line="+70" />
        <source>The {what} sign-in in the keyring is incomplete. Please add the account again.</source>
        <translation>Η σύνδεση {what} στην κλειδοθήκη είναι ελλιπής. Προσθέστε ξανά τον λογαριασμό.</translation>
    </message>
    <message>
        <location line="+56" />
        <source>The Instagram token expired and could not be renewed ({exc}). Generate a new token in your Meta app&apos;s dashboard and add the account again.</source>
        <translation>Το διακριτικό του Instagram έληξε και δεν ανανεώθηκε ({exc}). Δημιουργήστε νέο διακριτικό στον πίνακα ελέγχου της εφαρμογής σας στη Meta και προσθέστε ξανά τον λογαριασμό.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Instagram renewed the token but sent none back.</source>
        <translation>Το Instagram ανανέωσε το διακριτικό, αλλά δεν το επέστρεψε.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/oauth.py" line="+86" />
        <source>The sign-in was not finished in the browser in time.</source>
        <translation>Η σύνδεση δεν ολοκληρώθηκε εγκαίρως στον περιηγητή.</translation>
    </message>
    <message>
        <location line="+57" />
        <source>The sign-in was refused: {error}</source>
        <translation>Η σύνδεση απορρίφθηκε: {error}</translation>
    </message>
    <message>
        <location line="+25" />
        <source>No authorisation code was given.</source>
        <translation>Δεν δόθηκε κωδικός εξουσιοδότησης.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/x/api.py" line="+137" />
        <source>X&apos;s limit for this kind of request is used up; next try at {astimezone:%H:%M:%S}.</source>
        <translation>Το όριο του X για αυτό το είδος αιτήματος εξαντλήθηκε· επόμενη προσπάθεια στις {astimezone:%H:%M:%S}.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Your X API usage cap is reached ({detail}). Add credits or raise the cap for your app in the X developer portal ({developer_portal}); Desktop Inbox tries again at {astimezone:%H:%M}.</source>
        <translation>Φτάσατε το όριο χρήσης του X API ({detail}). Προσθέστε μονάδες ή αυξήστε το όριο της εφαρμογής σας στο X developer portal ({developer_portal})· το Desktop Inbox ξαναδοκιμάζει στις {astimezone:%H:%M}.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>X refused your developer app: {why} ({detail}). In the X developer portal ({developer_portal}) put the app inside a Project and make sure the account has API access (pay-per-use credits or a Basic/Pro plan), then sync again.</source>
        <translation>Το X απέρριψε την εφαρμογή προγραμματιστή σας: {why} ({detail}). Στο X developer portal ({developer_portal}) βάλτε την εφαρμογή μέσα σε ένα Project και βεβαιωθείτε ότι ο λογαριασμός έχει πρόσβαση στο API (μονάδες pay-per-use ή πρόγραμμα Basic/Pro), και συγχρονίστε ξανά.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/x/auth.py" line="+41" />
        <source>X API address</source>
        <translation>διεύθυνση του X API</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The X client ID is missing or malformed: copy it from your app&apos;s &apos;Keys and tokens&apos; page.</source>
        <translation>Το Client ID του X λείπει ή είναι λανθασμένο: αντιγράψτε το από τη σελίδα &apos;Keys and tokens&apos; της εφαρμογής σας.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>The X sign-in in the keyring is incomplete. Please sign in again.</source>
        <translation>Η σύνδεση X στην κλειδοθήκη είναι ελλιπής. Συνδεθείτε ξανά.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>X sent a token answer we cannot read.</source>
        <translation>Το X έστειλε απάντηση διακριτικού που δεν μπορούμε να διαβάσουμε.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>X sent no access token.</source>
        <translation>Το X δεν έστειλε διακριτικό πρόσβασης.</translation>
    </message>
    <message>
        <location line="+57" />
        <source>X no longer accepts this sign-in (the access token expired). Please sign in again.</source>
        <translation>Το X δεν δέχεται πια αυτή τη σύνδεση (το διακριτικό πρόσβασης έληξε). Συνδεθείτε ξανά.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>X no longer accepts this sign-in ({exc}). Please sign in again.</source>
        <translation>Το X δεν δέχεται πια αυτή τη σύνδεση ({exc}). Συνδεθείτε ξανά.</translation>
    </message>
    <message>
        <location line="+61" />
        <source>X did not accept the sign-in ({exc}). Check the client ID, and that your X app is of type &apos;Native App&apos; with the callback URL {redirect_uri} exactly.</source>
        <translation>Το X δεν δέχτηκε τη σύνδεση ({exc}). Ελέγξτε το Client ID και ότι η εφαρμογή σας στο X είναι τύπου &apos;Native App&apos; με callback URL ακριβώς {redirect_uri}.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/x/connector.py" line="+180" />
        <source>X sent an answer that is not a JSON object ({method} {split}).</source>
        <translation>Το X έστειλε απάντηση που δεν είναι αντικείμενο JSON ({method} {split}).</translation>
    </message>
    <message>
        <location line="+38" />
        <source>X allows only a few direct-message reads per 15 minutes; next check at {astimezone:%H:%M:%S}.</source>
        <translation>Το X επιτρέπει λίγες αναγνώσεις προσωπικών μηνυμάτων ανά 15 λεπτά· επόμενος έλεγχος στις {astimezone:%H:%M:%S}.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>X sent an account we cannot read ({exc}).</source>
        <translation>Το X έστειλε λογαριασμό που δεν μπορούμε να διαβάσουμε ({exc}).</translation>
    </message>
    <message>
        <location line="+228" />
        <source>The reply is {weighted} characters the way X counts them (links 23, emoji and CJK 2); X allows {limit}. Shorten it and send again.</source>
        <translation>Η απάντηση έχει {weighted} χαρακτήρες όπως τους μετρά το X (σύνδεσμοι 23, emoji και CJK 2)· το X επιτρέπει {limit}. Συντομεύστε την και στείλτε ξανά.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>X refused the reply because the same text was posted recently. Change the wording and send again.</source>
        <translation>Το X αρνήθηκε την απάντηση επειδή το ίδιο κείμενο δημοσιεύτηκε πρόσφατα. Αλλάξτε τη διατύπωση και στείλτε ξανά.</translation>
    </message>
    <message>
        <location line="+60" />
        <source>X refused the reply ({detail}).</source>
        <translation>Το X αρνήθηκε την απάντηση ({detail}).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>X accepted the reply but sent back something we cannot read.</source>
        <translation>Το X δέχτηκε την απάντηση, αλλά απάντησε με κάτι που δεν μπορούμε να διαβάσουμε.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/x/media.py" line="-10" />
        <source>X took a picture but sent back no media id.</source>
        <translation>Το X δέχτηκε την εικόνα, αλλά δεν επέστρεψε αναγνωριστικό πολυμέσων.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/x/parse.py" line="-6" />
        <source>post is not an object</source>
        <translation>η ανάρτηση δεν είναι αντικείμενο</translation>
    </message>
    <message>
        <location line="+87" />
        <source>direct message is not an object</source>
        <translation>το προσωπικό μήνυμα δεν είναι αντικείμενο</translation>
    </message>
    <message>
        <location line="+33" />
        <source>unreadable direct message: {exc}</source>
        <translation>προσωπικό μήνυμα που δεν διαβάζεται: {exc}</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/paths.py" line="+34" />
        <source>{path} is a file, not a folder: the data folder must be a folder.</source>
        <translation>Το {path} είναι αρχείο, όχι φάκελος: ο φάκελος δεδομένων πρέπει να είναι φάκελος.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{path} cannot be used as the data folder ({value}).</source>
        <translation>Το {path} δεν μπορεί να χρησιμοποιηθεί ως φάκελος δεδομένων ({value}).</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/secrets.py" line="+110" />
        <source>No secure keyring is available, so the sign-in cannot be stored. On Linux, install and unlock a Secret Service keyring (GNOME Keyring or KWallet); on macOS and Windows the system keychain is used. Desktop Inbox never stores tokens in plain text.</source>
        <translation>Δεν υπάρχει ασφαλής κλειδοθήκη, οπότε η σύνδεση δεν μπορεί να φυλαχτεί. Σε Linux, εγκαταστήστε και ξεκλειδώστε μια κλειδοθήκη Secret Service (GNOME Keyring ή KWallet)· σε macOS και Windows χρησιμοποιείται η κλειδοθήκη του συστήματος. Το Desktop Inbox δεν φυλάσσει ποτέ διακριτικά σε απλό κείμενο.</translation>
    </message>
    <message>
        <location line="+61" />
        <source>The keyring refused to store the sign-in ({name}).</source>
        <translation>Η κλειδοθήκη αρνήθηκε να φυλάξει τη σύνδεση ({name}).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The keyring could not be read ({name}).</source>
        <translation>Η κλειδοθήκη δεν μπόρεσε να διαβαστεί ({name}).</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/services/accounts.py" line="+41" />
        <source>History depth is one of {join}, not {choice!r}.</source>
        <translation>Το βάθος ιστορικού είναι ένα από τα {join}, όχι {choice!r}.</translation>
    </message>
    <message>
        <location line="+85" />
        <source>No access token was given.</source>
        <translation>Δεν δόθηκε διακριτικό πρόσβασης.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/services/attachments.py" line="+51" />
        <location filename="../../desktop_inbox/sync/media.py" line="+85" />
        <source>This attachment cannot be fetched (it was listed by an older version).</source>
        <translation>Αυτό το συνημμένο δεν μπορεί να ληφθεί (καταγράφηκε από παλαιότερη έκδοση).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Only e-mail attachments are fetched on request.</source>
        <translation>Μόνο τα συνημμένα e-mail λαμβάνονται κατόπιν αιτήματος.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/services/backup.py" line="+63" />
        <source>This inbox is the team&apos;s database: back it up on its server (pg_dump); backup copies a local cache.</source>
        <translation>Αυτά τα εισερχόμενα είναι η βάση δεδομένων της ομάδας: κρατήστε αντίγραφο ασφαλείας στον διακομιστή της (pg_dump)· η λειτουργία αντιγράφου ασφαλείας αντιγράφει ένα τοπικό αντίγραφο.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>backup</source>
        <translation>αντίγραφο ασφαλείας</translation>
    </message>
    <message>
        <location line="+73" />
        <source>Desktop Inbox is open on this data folder: quit it first, then {what}.</source>
        <translation>Το Desktop Inbox είναι ανοιχτό σε αυτόν τον φάκελο δεδομένων: κλείστε το πρώτα και μετά {what}.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A sync is running on this data folder: stop it first, then {what}.</source>
        <translation>Εκτελείται συγχρονισμός σε αυτόν τον φάκελο δεδομένων: σταματήστε τον πρώτα και μετά {what}.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/services/checks.py" line="+62" />
        <source>Fill in {fields} first.</source>
        <translation>Συμπληρώστε πρώτα τα {fields}.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The reply is {length} characters as {name} counts them; {name} takes {limit} here.</source>
        <translation>Η απάντηση έχει {length} χαρακτήρες όπως τους μετρά το {name}· εδώ το {name} δέχεται {limit}.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>This public reply shows personal data — {found}: answer by direct message, or send it publicly anyway.</source>
        <translation>Αυτή η δημόσια απάντηση δείχνει προσωπικά δεδομένα — {found}: απαντήστε με προσωπικό μήνυμα ή στείλτε την δημόσια παρ&apos; όλα αυτά.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>e-mail address</source>
        <translation>διεύθυνση e-mail</translation>
    </message>
    <message>
        <location line="+1" />
        <source>phone number</source>
        <translation>αριθμός τηλεφώνου</translation>
    </message>
    <message>
        <location line="+1" />
        <source>order number</source>
        <translation>αριθμός παραγγελίας</translation>
    </message>
    <message>
        <location line="+1" />
        <source>card number</source>
        <translation>αριθμός κάρτας</translation>
    </message>
    <message>
        <location line="+1" />
        <source>street address</source>
        <translation>διεύθυνση κατοικίας</translation>
    </message>
    <message>
        <location line="+92" />
        <source>{platform} replies cannot carry pictures.</source>
        <translation>Οι απαντήσεις στο {platform} δεν μπορούν να έχουν εικόνες.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{platform} takes one picture per reply here.</source>
        <translation>Εδώ το {platform} δέχεται μία εικόνα ανά απάντηση.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{platform} takes at most {n} pictures per reply here.</source>
        <translation>Εδώ το {platform} δέχεται έως {n} εικόνες ανά απάντηση.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{picture}: {platform} takes {kinds} pictures only.</source>
        <translation>{picture}: το {platform} δέχεται μόνο εικόνες {kinds}.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{picture} is {size}; {platform} takes pictures up to {limit}.</source>
        <translation>Η εικόνα {picture} είναι {size}· το {platform} δέχεται εικόνες έως {limit}.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Describe {picture} before sending (alt text): customers who cannot see it read it.</source>
        <translation>Περιγράψτε την εικόνα {picture} πριν τη στείλετε (εναλλακτικό κείμενο): οι πελάτες που δεν μπορούν να τη δουν το διαβάζουν.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The description of {picture} is {length} characters; {platform} takes {limit}.</source>
        <translation>Η περιγραφή της εικόνας {picture} έχει {length} χαρακτήρες· το {platform} δέχεται {limit}.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/services/destination.py" line="+25" />
        <source>file</source>
        <translation>αρχείο</translation>
    </message>
    <message>
        <location line="+13" />
        <source>{path} cannot be used as a file name ({exc}).</source>
        <translation>Το {path} δεν μπορεί να χρησιμοποιηθεί ως όνομα αρχείου ({exc}).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{dest} is inside the data folder ({folder}), where the cache, its backups and logs live; choose a place outside it for the {what}.</source>
        <translation>Το {dest} είναι μέσα στον φάκελο δεδομένων ({folder}), όπου βρίσκονται το τοπικό αντίγραφο, τα αντίγραφα ασφαλείας και τα αρχεία καταγραφής· επιλέξτε μια θέση εκτός αυτού για: {what}.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{dest} is a folder; give a file name for the {what}.</source>
        <translation>Το {dest} είναι φάκελος· δώστε όνομα αρχείου για: {what}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{dest} is not a regular file (a device, pipe or socket); give a file name for the {what}.</source>
        <translation>Το {dest} δεν είναι κανονικό αρχείο (συσκευή, σωλήνας ή υποδοχή)· δώστε όνομα αρχείου για: {what}.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The folder {parent} does not exist; create it first or choose another place.</source>
        <translation>Ο φάκελος {parent} δεν υπάρχει· δημιουργήστε τον πρώτα ή επιλέξτε άλλη θέση.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{parent} is a file, not a folder; choose another place for the {what}.</source>
        <translation>Το {parent} είναι αρχείο, όχι φάκελος· επιλέξτε άλλη θέση για: {what}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{dest} already exists; choose another name, or replace it (--force).</source>
        <translation>Το {dest} υπάρχει ήδη· επιλέξτε άλλο όνομα ή αντικαταστήστε το (--force).</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The disk is full: {dest} was not written (nothing was changed there).</source>
        <translation>Ο δίσκος είναι γεμάτος: το {dest} δεν γράφτηκε (τίποτα δεν άλλαξε εκεί).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{dest} could not be written: {reason}. Nothing was changed there.</source>
        <translation>Το {dest} δεν μπόρεσε να γραφτεί: {reason}. Τίποτα δεν άλλαξε εκεί.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/services/encryption.py" line="+105" />
        <source>The converted cache failed its check ({problem}); the cache was not changed.</source>
        <translation>Το μετατρεπόμενο τοπικό αντίγραφο απέτυχε στον έλεγχο ({problem})· το τοπικό αντίγραφο δεν άλλαξε.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>There is no cache in this data folder yet.</source>
        <translation>Δεν υπάρχει ακόμη τοπικό αντίγραφο σε αυτόν τον φάκελο δεδομένων.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The converted cache does not match ({before} vs {after}); the cache was not changed.</source>
        <translation>Το μετατρεπόμενο τοπικό αντίγραφο δεν ταιριάζει ({before} έναντι {after})· το τοπικό αντίγραφο δεν άλλαξε.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Encryption needs SQLCipher: pip install sqlcipher3 (or &apos;desktop-inbox[encryption]&apos;).</source>
        <translation>Η κρυπτογράφηση χρειάζεται το SQLCipher: pip install sqlcipher3 (ή &apos;desktop-inbox[encryption]&apos;).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The cache is already encrypted.</source>
        <translation>Το τοπικό αντίγραφο είναι ήδη κρυπτογραφημένο.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The cache is not encrypted.</source>
        <translation>Το τοπικό αντίγραφο δεν είναι κρυπτογραφημένο.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The cache key is not in this keyring, so the cache cannot be decrypted.</source>
        <translation>Το κλειδί του τοπικού αντιγράφου δεν βρίσκεται σε αυτή την κλειδοθήκη, οπότε δεν μπορεί να αποκρυπτογραφηθεί.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/services/export.py" line="+81" />
        <source>The search is empty.</source>
        <translation>Η αναζήτηση είναι κενή.</translation>
    </message>
    <message>
        <location line="+54" />
        <source>This is not a Desktop Inbox export.</source>
        <translation>Αυτό δεν είναι εξαγωγή του Desktop Inbox.</translation>
    </message>
    <message>
        <location line="+167" />
        <source>The format is one of {join}, not {fmt!r}.</source>
        <translation>Η μορφή είναι μία από τις {join}, όχι {fmt!r}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>PDF export is not available here; choose html, json or csv.</source>
        <translation>Η εξαγωγή σε PDF δεν είναι διαθέσιμη εδώ· επιλέξτε html, json ή csv.</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+23" />
        <source>export</source>
        <translation>εξαγωγή</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Export one thing: a customer, a conversation or a search.</source>
        <translation>Εξαγάγετε ένα πράγμα: έναν πελάτη, μια συνομιλία ή μια αναζήτηση.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/services/listening.py" line="+59" />
        <source>No account can listen: add a Mastodon, Bluesky or X account first.</source>
        <translation>Κανένας λογαριασμός δεν μπορεί να κάνει ακρόαση: προσθέστε πρώτα λογαριασμό Mastodon, Bluesky ή X.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Several accounts can listen; say which with --account ID: {choices}.</source>
        <translation>Πολλοί λογαριασμοί μπορούν να κάνουν ακρόαση· πείτε ποιος με --account ID: {choices}.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/services/media.py" line="+77" />
        <source>There is no file {source}.</source>
        <translation>Δεν υπάρχει αρχείο {source}.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{name} is {n} MB: far too big for a picture in a reply.</source>
        <translation>Το {name} είναι {n} MB: πολύ μεγάλο για εικόνα σε απάντηση.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{name} cannot be read ({value}).</source>
        <translation>Το {name} δεν μπορεί να διαβαστεί ({value}).</translation>
    </message>
    <message>
        <location line="+14" />
        <source>{name} is far too big for a picture in a reply.</source>
        <translation>Το {name} είναι πολύ μεγάλο για εικόνα σε απάντηση.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/services/message_requests.py" line="+36" />
        <source>This conversation is not a message request (any more).</source>
        <translation>Αυτή η συνομιλία δεν είναι (πια) αίτημα μηνύματος.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Only Bluesky chat requests can be accepted.</source>
        <translation>Μόνο αιτήματα συνομιλίας του Bluesky μπορούν να γίνουν δεκτά.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/services/replies.py" line="+228" />
        <location filename="../../desktop_inbox/store/outbox.py" line="+194" />
        <source>Send at a time in the future, not {astimezone:%Y-%m-%d %H:%M}.</source>
        <translation>Ορίστε αποστολή σε μελλοντική ώρα, όχι {astimezone:%Y-%m-%d %H:%M}.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>A public hand-off goes with a reply in the same conversation, not through another channel.</source>
        <translation>Η δημόσια παραπομπή πηγαίνει με απάντηση στην ίδια συνομιλία, όχι μέσω άλλου καναλιού.</translation>
    </message>
    <message>
        <location line="+108" />
        <source>Identity {identity_id} is not one through which this customer can be reached (see: contacts show {contact_id} --json).</source>
        <translation>Η ταυτότητα {identity_id} δεν είναι τρόπος επικοινωνίας με αυτόν τον πελάτη (δείτε: contacts show {contact_id} --json).</translation>
    </message>
    <message>
        <location line="+15" />
        <source>{platform_name} cannot start a direct message with {handle}.</source>
        <translation>Το {platform_name} δεν μπορεί να ξεκινήσει προσωπικό μήνυμα με τον/την {handle}.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/services/schedule.py" line="+46" />
        <source>There is no time zone called {name!r} (e.g. Europe/Athens, America/New_York).</source>
        <translation>Δεν υπάρχει ζώνη ώρας με όνομα {name!r} (π.χ. Europe/Athens, America/New_York).</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Working days are one or more days of the week.</source>
        <translation>Οι εργάσιμες ημέρες είναι μία ή περισσότερες ημέρες της εβδομάδας.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The working day ends after it starts.</source>
        <translation>Η εργάσιμη ημέρα πρέπει να τελειώνει μετά την έναρξή της.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Working hours are times like 09:00, not {start!r} to {end!r}.</source>
        <translation>Οι ώρες λειτουργίας είναι ώρες όπως 09:00, όχι {start!r} έως {end!r}.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/services/signin/bluesky.py" line="+42" />
        <source>{strip!r} is not a Bluesky handle (like shop.bsky.social).</source>
        <translation>Το {strip!r} δεν είναι όνομα χρήστη Bluesky (όπως shop.bsky.social).</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Could not look up {handle} ({name}). Check the network, or give the server address.</source>
        <translation>Δεν ήταν δυνατή η αναζήτηση του {handle} ({name}). Ελέγξτε τη σύνδεση δικτύου ή δώστε τη διεύθυνση του διακομιστή.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Bluesky does not know the handle {handle}. Check its spelling, or give the server address.</source>
        <translation>Το Bluesky δεν γνωρίζει το όνομα χρήστη {handle}. Ελέγξτε την ορθογραφία ή δώστε τη διεύθυνση του διακομιστή.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>No app password was given.</source>
        <translation>Δεν δόθηκε κωδικός εφαρμογής.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Bluesky server address</source>
        <translation>διεύθυνση διακομιστή Bluesky</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Bluesky did not accept this handle and app password for {identifier}. Check both; an app password looks like xxxx-xxxx-xxxx-xxxx.</source>
        <translation>Το Bluesky δεν δέχτηκε αυτό το όνομα χρήστη και τον κωδικό εφαρμογής για το {identifier}. Ελέγξτε και τα δύο· ένας κωδικός εφαρμογής μοιάζει με xxxx-xxxx-xxxx-xxxx.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>This is the account password (it asks for an e-mail code). {help}</source>
        <translation>Αυτός είναι ο κωδικός του λογαριασμού (ζητά κωδικό από e-mail). {help}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>That is the account&apos;s main password; for safety it is not used. {help}</source>
        <translation>Αυτός είναι ο κύριος κωδικός του λογαριασμού· για λόγους ασφαλείας δεν χρησιμοποιείται. {help}</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/services/signin/email.py" line="-3" />
        <source>The {what} server is empty.</source>
        <translation>Ο διακομιστής {what} είναι κενός.</translation>
    </message>
    <message>
        <location line="+29" />
        <location line="+30" />
        <source>The password is empty.</source>
        <translation>Ο κωδικός είναι κενός.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/services/signin/meta.py" line="+48" />
        <source>The app ID is the number at the top of your app&apos;s page in the Meta App Dashboard (developers.facebook.com/apps).</source>
        <translation>Το αναγνωριστικό εφαρμογής είναι ο αριθμός στο πάνω μέρος της σελίδας της εφαρμογής σας στο Meta App Dashboard (developers.facebook.com/apps).</translation>
    </message>
    <message>
        <location line="+13" />
        <source>No token was given: paste the token generated in your Meta app&apos;s dashboard.</source>
        <translation>Δεν δόθηκε διακριτικό: επικολλήστε το διακριτικό που δημιουργήθηκε στον πίνακα ελέγχου της εφαρμογής σας στη Meta.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Expected the token, or JSON like {&quot;access_token&quot;: &quot;…&quot;, &quot;expires_in&quot;: 5184000}.</source>
        <translation>Αναμενόταν το διακριτικό ή JSON όπως {&quot;access_token&quot;: &quot;…&quot;, &quot;expires_in&quot;: 5184000}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The JSON needs an &quot;access_token&quot;.</source>
        <translation>Το JSON χρειάζεται &quot;access_token&quot;.</translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../../desktop_inbox/services/signin/x.py" line="+97" />
        <source>&quot;expires_in&quot; must be a positive number of seconds.</source>
        <translation>Το &quot;expires_in&quot; πρέπει να είναι θετικός αριθμός δευτερολέπτων.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>That does not look like a Meta access token: copy it again from your app&apos;s dashboard.</source>
        <translation>Αυτό δεν μοιάζει με διακριτικό πρόσβασης της Meta: αντιγράψτε το ξανά από τον πίνακα ελέγχου της εφαρμογής σας.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/services/signin/x.py" line="-41" />
        <source>Cannot listen on {callback_url} for X&apos;s answer ({value}); is another sign-in still open?</source>
        <translation>Δεν είναι δυνατή η αναμονή στο {callback_url} για την απάντηση του X ({value})· μήπως είναι ανοιχτή άλλη σύνδεση;</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Expected a JSON object like {&quot;access_token&quot;: &quot;…&quot;, &quot;refresh_token&quot;: &quot;…&quot;, &quot;expires_in&quot;: 7200}.</source>
        <translation>Αναμενόταν αντικείμενο JSON όπως {&quot;access_token&quot;: &quot;…&quot;, &quot;refresh_token&quot;: &quot;…&quot;, &quot;expires_in&quot;: 7200}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The JSON needs an &quot;access_token&quot; (and optionally &quot;refresh_token&quot; and &quot;expires_in&quot;).</source>
        <translation>Το JSON χρειάζεται &quot;access_token&quot; (και προαιρετικά &quot;refresh_token&quot; και &quot;expires_in&quot;).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&quot;refresh_token&quot; must be a string.</source>
        <translation>Το &quot;refresh_token&quot; πρέπει να είναι κείμενο.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/services/sync.py" line="+161" />
        <source>Desktop Inbox is already syncing this data folder (the app or another sync command).</source>
        <translation>Το Desktop Inbox συγχρονίζει ήδη αυτόν τον φάκελο δεδομένων (η εφαρμογή ή άλλη εντολή συγχρονισμού).</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/services/team.py" line="+83" />
        <source>A member&apos;s name is 1 to 80 characters, e.g. --name Anna.</source>
        <translation>Το όνομα μέλους έχει 1 έως 80 χαρακτήρες, π.χ. --name Anna.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>{path} is damaged: fix or remove it (desktop-inbox team leave).</source>
        <translation>Το {path} είναι κατεστραμμένο: διορθώστε ή αφαιρέστε το (desktop-inbox team leave).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{path} names no team database: fix or remove it.</source>
        <translation>Το {path} δεν ορίζει βάση δεδομένων ομάδας: διορθώστε ή αφαιρέστε το.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/services/root.py" line="+110" />
        <location filename="../../desktop_inbox/services/team.py" line="+21" />
        <location filename="../../desktop_inbox/store/pg/cache.py" line="+92" />
        <location line="+19" />
        <location filename="../../desktop_inbox/store/pg/leadership.py" line="+79" />
        <source>Team server unreachable ({where}): {reason}</source>
        <translation>Ο διακομιστής της ομάδας δεν είναι προσβάσιμος ({where}): {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/services/team.py" line="+51" />
        <source>This data folder is in a team already: desktop-inbox team leave, then create another.</source>
        <translation>Αυτός ο φάκελος δεδομένων ανήκει ήδη σε ομάδα: desktop-inbox team leave και μετά δημιουργήστε άλλη.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>move the cache into a team</source>
        <translation>μεταφέρετε το τοπικό αντίγραφο σε ομάδα</translation>
    </message>
    <message>
        <location line="+28" />
        <source>This data folder is in a team already: desktop-inbox team leave first.</source>
        <translation>Αυτός ο φάκελος δεδομένων ανήκει ήδη σε ομάδα: πρώτα desktop-inbox team leave.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>join a team</source>
        <translation>μπείτε σε ομάδα</translation>
    </message>
    <message>
        <location line="+74" />
        <source>This data folder is not in a team.</source>
        <translation>Αυτός ο φάκελος δεδομένων δεν ανήκει σε ομάδα.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>leave the team</source>
        <translation>αποχωρήστε από την ομάδα</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/accounts.py" line="+161" />
        <source>{handle} on {base_url} is already added.</source>
        <translation>Ο λογαριασμός {handle} στο {base_url} έχει ήδη προστεθεί.</translation>
    </message>
    <message>
        <location line="+52" />
        <location filename="../../desktop_inbox/store/media.py" line="+94" />
        <source>There is no account {account_id}.</source>
        <translation>Δεν υπάρχει λογαριασμός {account_id}.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/attachments.py" line="+28" />
        <source>There is no message {message_id}.</source>
        <translation>Δεν υπάρχει μήνυμα {message_id}.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Message {message_id} has no attachment {n}.</source>
        <translation>Το μήνυμα {message_id} δεν έχει συνημμένο {n}.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/backup.py" line="+170" />
        <source>There is no cache to back up yet.</source>
        <translation>Δεν υπάρχει ακόμη τοπικό αντίγραφο για αντίγραφο ασφαλείας.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The folder {parent} does not exist.</source>
        <translation>Ο φάκελος {parent} δεν υπάρχει.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The cache is damaged ({problem}); the backup was not kept.</source>
        <translation>Το τοπικό αντίγραφο είναι κατεστραμμένο ({problem})· το αντίγραφο ασφαλείας δεν κρατήθηκε.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The backup could not be written to {dest} ({value}).</source>
        <translation>Το αντίγραφο ασφαλείας δεν γράφτηκε στο {dest} ({value}).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The cache is damaged ({exc}); the backup was not kept.</source>
        <translation>Το τοπικό αντίγραφο είναι κατεστραμμένο ({exc})· το αντίγραφο ασφαλείας δεν κρατήθηκε.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The backup could not be written to {dest} ({exc}).</source>
        <translation>Το αντίγραφο ασφαλείας δεν γράφτηκε στο {dest} ({exc}).</translation>
    </message>
    <message>
        <location line="+51" />
        <source>No backup file at {path}.</source>
        <translation>Δεν υπάρχει αρχείο αντιγράφου ασφαλείας στο {path}.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{name} is not a Desktop Inbox backup, or it is encrypted with a key this keyring does not have.</source>
        <translation>Το {name} δεν είναι αντίγραφο ασφαλείας του Desktop Inbox ή είναι κρυπτογραφημένο με κλειδί που δεν έχει αυτή η κλειδοθήκη.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{name} is not a Desktop Inbox backup (not an SQLite database).</source>
        <translation>Το {name} δεν είναι αντίγραφο ασφαλείας του Desktop Inbox (δεν είναι βάση SQLite).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{name} cannot be opened ({exc}).</source>
        <translation>Το {name} δεν ανοίγει ({exc}).</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The backup {name} is damaged ({problems}).</source>
        <translation>Το αντίγραφο ασφαλείας {name} είναι κατεστραμμένο ({problems}).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{name} is encrypted with another key, or it is not a database.</source>
        <translation>Το {name} είναι κρυπτογραφημένο με άλλο κλειδί ή δεν είναι βάση δεδομένων.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The backup {name} is damaged ({why}).</source>
        <translation>Το αντίγραφο ασφαλείας {name} είναι κατεστραμμένο ({why}).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{name} is an SQLite database, but not a Desktop Inbox cache.</source>
        <translation>Το {name} είναι βάση SQLite, αλλά όχι τοπικό αντίγραφο του Desktop Inbox.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{name} was made by a newer Desktop Inbox (schema {version}; this version knows {latest}). Update the app to restore it.</source>
        <translation>Το {name} φτιάχτηκε από νεότερο Desktop Inbox (σχήμα {version}· αυτή η έκδοση γνωρίζει έως {latest}). Ενημερώστε την εφαρμογή για να το επαναφέρετε.</translation>
    </message>
    <message>
        <location line="+58" />
        <source>The backup could not be restored ({value}); the cache was not changed.</source>
        <translation>Το αντίγραφο ασφαλείας δεν επαναφέρθηκε ({value})· το τοπικό αντίγραφο δεν άλλαξε.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/channels.py" line="+113" />
        <source>There is no customer identity {identity_id}.</source>
        <translation>Δεν υπάρχει ταυτότητα πελάτη {identity_id}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Identity {identity_id} cannot be reached from account {account_id}.</source>
        <translation>Η ταυτότητα {identity_id} δεν είναι προσβάσιμη από τον λογαριασμό {account_id}.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/cipher.py" line="+34" />
        <source>The cache is encrypted, but SQLCipher support is not installed (pip install &apos;desktop-inbox[encryption]&apos;, which brings sqlcipher3).</source>
        <translation>Το τοπικό αντίγραφο είναι κρυπτογραφημένο, αλλά η υποστήριξη SQLCipher δεν είναι εγκατεστημένη (pip install &apos;desktop-inbox[encryption]&apos;, που φέρνει το sqlcipher3).</translation>
    </message>
    <message>
        <location line="+37" />
        <source>The cache key in the keyring is not valid.</source>
        <translation>Το κλειδί του τοπικού αντιγράφου στην κλειδοθήκη δεν είναι έγκυρο.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/contacts.py" line="+87" />
        <location line="+53" />
        <source>There is no customer {contact_id}.</source>
        <translation>Δεν υπάρχει πελάτης {contact_id}.</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Say in a few words what the call or meeting was about.</source>
        <translation>Γράψτε με λίγα λόγια τι αφορούσε η κλήση ή η συνάντηση.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Log a call or a meeting, not {kind!r}.</source>
        <translation>Καταγράψτε κλήση ή συνάντηση, όχι {kind!r}.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The note is empty.</source>
        <translation>Η σημείωση είναι κενή.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The tag is empty.</source>
        <translation>Η ετικέτα είναι κενή.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/conversations.py" line="+261" />
        <location line="+197" />
        <location filename="../../desktop_inbox/store/followups.py" line="+37" />
        <location line="+14" />
        <location filename="../../desktop_inbox/store/listening.py" line="+297" />
        <location filename="../../desktop_inbox/store/outbox.py" line="-40" />
        <location filename="../../desktop_inbox/store/reply_facts.py" line="+22" />
        <location filename="../../desktop_inbox/store/teamwork.py" line="+72" />
        <source>There is no conversation {conversation_id}.</source>
        <translation>Δεν υπάρχει συνομιλία {conversation_id}.</translation>
    </message>
    <message>
        <location line="-160" />
        <source>There is no message {around} in conversation {conversation_id}.</source>
        <translation>Δεν υπάρχει μήνυμα {around} στη συνομιλία {conversation_id}.</translation>
    </message>
    <message>
        <location line="+193" />
        <source>Snooze until a time in the future.</source>
        <translation>Ορίστε αναβολή έως μια μελλοντική ώρα.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/db.py" line="+102" />
        <source>The disk is full: the cache could not be written. Free some space; nothing already saved was lost.</source>
        <translation>Ο δίσκος είναι γεμάτος: το τοπικό αντίγραφο δεν γράφτηκε. Ελευθερώστε λίγο χώρο· τίποτα από όσα έχουν ήδη αποθηκευτεί δεν χάθηκε.</translation>
    </message>
    <message>
        <location line="+6" />
        <location filename="../../desktop_inbox/store/health.py" line="+87" />
        <source>The cache file is damaged ({exc}).</source>
        <translation>Το αρχείο του τοπικού αντιγράφου είναι κατεστραμμένο ({exc}).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The cache could not be written (disk I/O error): the disk may be full or failing. Nothing already saved was lost; syncing resumes once it can write again.</source>
        <translation>Το τοπικό αντίγραφο δεν γράφτηκε (σφάλμα εισόδου/εξόδου δίσκου): ο δίσκος ίσως είναι γεμάτος ή χαλάει. Τίποτα από όσα έχουν ήδη αποθηκευτεί δεν χάθηκε· ο συγχρονισμός συνεχίζει μόλις μπορεί να γράψει ξανά.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The cache could not be written ({exc}).</source>
        <translation>Το τοπικό αντίγραφο δεν γράφτηκε ({exc}).</translation>
    </message>
    <message>
        <location line="+37" />
        <source>{path} is a folder, not the cache file; move it out of the data folder.</source>
        <translation>Το {path} είναι φάκελος, όχι το αρχείο του τοπικού αντιγράφου· μετακινήστε το έξω από τον φάκελο δεδομένων.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The cache was found damaged while in use ({noted}).</source>
        <translation>Το τοπικό αντίγραφο βρέθηκε κατεστραμμένο κατά τη χρήση ({noted}).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The cache file cannot be read: it is damaged, or encrypted with a key that is not in this keyring.</source>
        <translation>Το αρχείο του τοπικού αντιγράφου δεν διαβάζεται: είναι κατεστραμμένο ή κρυπτογραφημένο με κλειδί που δεν βρίσκεται σε αυτή την κλειδοθήκη.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/followups.py" line="-24" />
        <source>Remind at a time in the future, not {astimezone:%Y-%m-%d %H:%M}.</source>
        <translation>Ορίστε υπενθύμιση σε μελλοντική ώρα, όχι {astimezone:%Y-%m-%d %H:%M}.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/health.py" line="-38" />
        <source>The cache file is damaged: its header is not a database header.</source>
        <translation>Το αρχείο του τοπικού αντιγράφου είναι κατεστραμμένο: η κεφαλίδα του δεν είναι κεφαλίδα βάσης δεδομένων.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The cache file is damaged: it is cut off in the middle of a page.</source>
        <translation>Το αρχείο του τοπικού αντιγράφου είναι κατεστραμμένο: κόβεται στη μέση μιας σελίδας.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The cache file is damaged: it is shorter than its header says (cut off).</source>
        <translation>Το αρχείο του τοπικού αντιγράφου είναι κατεστραμμένο: είναι μικρότερο από όσο λέει η κεφαλίδα του (κομμένο).</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/images.py" line="+66" />
        <source>SVG drawings are not accepted (they can be of any size and hold scripts); use a PNG or JPEG.</source>
        <translation>Τα σχέδια SVG δεν γίνονται δεκτά (μπορεί να έχουν οποιοδήποτε μέγεθος και να περιέχουν σενάρια)· χρησιμοποιήστε PNG ή JPEG.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>{value} pictures are not accepted; use JPEG, PNG, GIF or WebP.</source>
        <translation>Οι εικόνες {value} δεν γίνονται δεκτές· χρησιμοποιήστε JPEG, PNG, GIF ή WebP.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The picture is far too large in pixels to open safely.</source>
        <translation>Η εικόνα έχει πάρα πολλά pixel για να ανοίξει με ασφάλεια.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The file is not a picture that can be read (JPEG, PNG, GIF or WebP).</source>
        <translation>Το αρχείο δεν είναι εικόνα που μπορεί να διαβαστεί (JPEG, PNG, GIF ή WebP).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The picture is damaged or incomplete ({short}).</source>
        <translation>Η εικόνα είναι κατεστραμμένη ή ελλιπής ({short}).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The picture has no pixels.</source>
        <translation>Η εικόνα δεν έχει pixel.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The picture is {width} × {height} pixels: too large to open safely (at most {n} megapixels).</source>
        <translation>Η εικόνα είναι {width} × {height} pixel: πολύ μεγάλη για να ανοίξει με ασφάλεια (το πολύ {n} megapixel).</translation>
    </message>
    <message>
        <location line="+79" />
        <source>The picture cannot be made smaller ({short}).</source>
        <translation>Η εικόνα δεν μπορεί να μικρύνει ({short}).</translation>
    </message>
    <message>
        <location line="-18" />
        <source>The picture cannot be made small enough for this platform.</source>
        <translation>Η εικόνα δεν μπορεί να μικρύνει αρκετά για αυτή την πλατφόρμα.</translation>
    </message>
    <message>
        <location line="-22" />
        <source>An animated picture cannot be made smaller here.</source>
        <translation>Μια κινούμενη εικόνα δεν μπορεί να μικρύνει εδώ.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/listening.py" line="-240" />
        <source>There is no listening term {term_id}.</source>
        <translation>Δεν υπάρχει όρος ακρόασης {term_id}.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>This account already listens for that (term {same}).</source>
        <translation>Αυτός ο λογαριασμός ακούει ήδη γι&apos; αυτό (όρος {same}).</translation>
    </message>
    <message>
        <location line="+234" />
        <source>Conversation {conversation_id} was not heard by listening; mark it done instead.</source>
        <translation>Η συνομιλία {conversation_id} δεν βρέθηκε μέσω ακρόασης· σημειώστε την ως ολοκληρωμένη.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>You answered conversation {conversation_id}: it is a conversation like any other now; mark it done instead.</source>
        <translation>Απαντήσατε στη συνομιλία {conversation_id}: τώρα είναι συνομιλία όπως όλες οι άλλες· σημειώστε την ως ολοκληρωμένη.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/media.py" line="+18" />
        <source>The media cap is at least {n} MB.</source>
        <translation>Το όριο πολυμέσων είναι τουλάχιστον {n} MB.</translation>
    </message>
    <message>
        <location line="+156" />
        <source>There is no kept picture {media_id}.</source>
        <translation>Δεν υπάρχει αποθηκευμένη εικόνα {media_id}.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/media_files.py" line="+34" />
        <source>A media path points outside the media folder.</source>
        <translation>Μια διαδρομή πολυμέσων δείχνει έξω από τον φάκελο πολυμέσων.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>The disk is full: a picture could not be kept.</source>
        <translation>Ο δίσκος είναι γεμάτος: μια εικόνα δεν μπόρεσε να αποθηκευτεί.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A picture could not be written ({value}).</source>
        <translation>Μια εικόνα δεν γράφτηκε ({value}).</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/merges.py" line="+44" />
        <source>A customer cannot be merged with themselves.</source>
        <translation>Ένας πελάτης δεν μπορεί να συγχωνευτεί με τον εαυτό του.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>One of the customers to merge no longer exists.</source>
        <translation>Ένας από τους πελάτες προς συγχώνευση δεν υπάρχει πια.</translation>
    </message>
    <message>
        <location line="+42" />
        <source>This merge was already undone.</source>
        <translation>Αυτή η συγχώνευση έχει ήδη αναιρεθεί.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>There is no merge {merge_id}.</source>
        <translation>Δεν υπάρχει συγχώνευση {merge_id}.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/migrations.py" line="+551" />
        <source>This cache was written by a newer Desktop Inbox (schema {start}, this version knows {latest}). Please update the app.</source>
        <translation>Αυτό το τοπικό αντίγραφο γράφτηκε από νεότερο Desktop Inbox (σχήμα {start}, αυτή η έκδοση γνωρίζει έως {latest}). Ενημερώστε την εφαρμογή.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/outbox.py" line="-34" />
        <source>There is no outbox item {item_id}.</source>
        <translation>Δεν υπάρχει στοιχείο εξερχομένων {item_id}.</translation>
    </message>
    <message>
        <location line="+26" />
        <location line="+339" />
        <source>The reply is empty.</source>
        <translation>Η απάντηση είναι κενή.</translation>
    </message>
    <message>
        <location line="-323" />
        <source>This conversation is private; a reply to it cannot be public.</source>
        <translation>Αυτή η συνομιλία είναι ιδιωτική· η απάντηση σε αυτήν δεν μπορεί να είναι δημόσια.</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Reply {item_id} is {state} and can no longer be moved.</source>
        <translation>Η απάντηση {item_id} είναι σε κατάσταση {state} και δεν μπορεί πια να μετακινηθεί.</translation>
    </message>
    <message>
        <location line="+179" />
        <source>Reply {item_id} is {state}; only a reply that may have been sent can be resent.</source>
        <translation>Η απάντηση {item_id} είναι σε κατάσταση {state}· μόνο μια απάντηση που ίσως στάλθηκε μπορεί να σταλεί ξανά.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Reply {item_id} is {state}; only a reply that may have been sent can be marked as sent.</source>
        <translation>Η απάντηση {item_id} είναι σε κατάσταση {state}· μόνο μια απάντηση που ίσως στάλθηκε μπορεί να σημειωθεί ως σταλμένη.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Reply {item_id} is {state}; only a failed or queued reply can be retried.</source>
        <translation>Η απάντηση {item_id} είναι σε κατάσταση {state}· μόνο μια απάντηση που απέτυχε ή περιμένει μπορεί να ξαναδοκιμαστεί.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Reply {item_id} is {state} and can no longer be cancelled.</source>
        <translation>Η απάντηση {item_id} είναι σε κατάσταση {state} και δεν μπορεί πια να ακυρωθεί.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Reply {item_id} is {state} and can no longer be edited.</source>
        <translation>Η απάντηση {item_id} είναι σε κατάσταση {state} και δεν μπορεί πια να επεξεργαστεί.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Conversation {conversation_id} has no customer to reply to.</source>
        <translation>Η συνομιλία {conversation_id} δεν έχει πελάτη για απάντηση.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/pg/migrations.py" line="+333" />
        <source>This team database was written by a newer Desktop Inbox (schema {start}, this version knows {latest}). Please update the app.</source>
        <translation>Αυτή η βάση δεδομένων ομάδας γράφτηκε από νεότερο Desktop Inbox (σχήμα {start}, αυτή η έκδοση γνωρίζει έως {latest}). Ενημερώστε την εφαρμογή.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/pg/team.py" line="+63" />
        <source>A team database is a postgresql:// URL: postgresql://USER@HOST/DATABASE</source>
        <translation>Η βάση δεδομένων ομάδας είναι διεύθυνση postgresql://: postgresql://USER@HOST/DATABASE</translation>
    </message>
    <message>
        <location line="+10" />
        <source>That URL cannot be read ({said}).</source>
        <translation>Αυτή η διεύθυνση δεν διαβάζεται ({said}).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The URL names no database: postgresql://USER@HOST/DATABASE</source>
        <translation>Η διεύθυνση δεν ορίζει βάση δεδομένων: postgresql://USER@HOST/DATABASE</translation>
    </message>
    <message>
        <location line="+5" />
        <source>That URL cannot be read (the port {port!r} is not a number).</source>
        <translation>Αυτή η διεύθυνση δεν διαβάζεται (η θύρα {port!r} δεν είναι αριθμός).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{host} is not this machine: the connection must be encrypted and the server checked. Add ?sslmode=verify-full to the URL (with the server&apos;s CA in ~/.postgresql/root.crt or sslrootcert=).</source>
        <translation>Το {host} δεν είναι αυτός ο υπολογιστής: η σύνδεση πρέπει να είναι κρυπτογραφημένη και ο διακομιστής ελεγμένος. Προσθέστε ?sslmode=verify-full στη διεύθυνση (με την αρχή πιστοποίησης του διακομιστή στο ~/.postgresql/root.crt ή sslrootcert=).</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Could not open the team database at {where}: {reason}</source>
        <translation>Δεν ήταν δυνατό να ανοίξει η βάση δεδομένων ομάδας στο {where}: {reason}</translation>
    </message>
    <message>
        <location line="+35" />
        <source>That database is not empty: a team starts in an empty database (CREATE DATABASE ...).</source>
        <translation>Αυτή η βάση δεδομένων δεν είναι άδεια: μια ομάδα ξεκινά σε άδεια βάση (CREATE DATABASE ...).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The local cache is at schema {version}, not {latest}: open it once first.</source>
        <translation>Το τοπικό αντίγραφο είναι στο σχήμα {version}, όχι {latest}: ανοίξτε το πρώτα μία φορά.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The copy does not match the local cache ({expected} vs {found}); nothing was moved.</source>
        <translation>Το αντίγραφο δεν ταιριάζει με το τοπικό αντίγραφο ({expected} έναντι {found})· τίποτα δεν μεταφέρθηκε.</translation>
    </message>
    <message>
        <location line="+54" />
        <source>That database holds no team inbox: the first member makes it with team create.</source>
        <translation>Αυτή η βάση δεδομένων δεν περιέχει εισερχόμενα ομάδας: το πρώτο μέλος τα δημιουργεί με το team create.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>That team database is at schema {version}, {newer} one than this app&apos;s ({latest}): update the app.</source>
        <translation>Αυτή η βάση δεδομένων ομάδας είναι στο σχήμα {version}, {newer} από της εφαρμογής ({latest}): ενημερώστε την εφαρμογή.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/saved_searches.py" line="+31" />
        <source>A saved search needs a name and a query.</source>
        <translation>Μια αποθηκευμένη αναζήτηση χρειάζεται όνομα και ερώτημα.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/search.py" line="+141" />
        <source>{name}: wants a date like 2025-03-31, not {value!r}.</source>
        <translation>{name}: θέλει ημερομηνία όπως 2025-03-31, όχι {value!r}.</translation>
    </message>
    <message>
        <location line="+65" />
        <source>platform: is one of {join}, not {value!r}.</source>
        <translation>platform: είναι ένα από τα {join}, όχι {value!r}.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>is: takes direct, public, mention or heard, not {value!r}.</source>
        <translation>is: δέχεται direct, public, mention ή heard, όχι {value!r}.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>state: is one of {join}, not {value!r}.</source>
        <translation>state: είναι ένα από τα {join}, όχι {value!r}.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>{name}: takes a number, not {value!r}.</source>
        <translation>{name}: δέχεται αριθμό, όχι {value!r}.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/snippets.py" line="+31" />
        <source>There is no saved reply {snippet_id}.</source>
        <translation>Δεν υπάρχει έτοιμη απάντηση {snippet_id}.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>There is no saved reply named {name!r}.</source>
        <translation>Δεν υπάρχει έτοιμη απάντηση με όνομα {name!r}.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A saved reply needs a name and a text.</source>
        <translation>Μια έτοιμη απάντηση χρειάζεται όνομα και κείμενο.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/sync/engine.py" line="+151" />
        <source>The sign-in for {handle} is not in the keyring. Please sign in again.</source>
        <translation>Η σύνδεση για το {handle} δεν βρίσκεται στην κλειδοθήκη. Συνδεθείτε ξανά.</translation>
    </message>
    <message>
        <location line="+155" />
        <source>The sync stopped on an unexpected error ({name}); details are in the log.</source>
        <translation>Ο συγχρονισμός σταμάτησε σε απρόσμενο σφάλμα ({name})· οι λεπτομέρειες είναι στο αρχείο καταγραφής.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/sync/media.py" line="+53" />
        <source>An SVG drawing sent as a video or sound is not kept.</source>
        <translation>Ένα σχέδιο SVG που στάλθηκε ως βίντεο ή ήχος δεν αποθηκεύεται.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/sync/uploads.py" line="+37" />
        <source>This platform cannot take pictures from Desktop Inbox; send the reply without them.</source>
        <translation>Αυτή η πλατφόρμα δεν δέχεται εικόνες από το Desktop Inbox· στείλτε την απάντηση χωρίς αυτές.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/text/listening.py" line="-9" />
        <source>listening term</source>
        <translation>όρος ακρόασης</translation>
    </message>
    <message>
        <location line="+1" />
        <source>muted word or author</source>
        <translation>λέξη ή συντάκτης σε σίγαση</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The {what} has control characters in it.</source>
        <translation>Το πεδίο «{what}» περιέχει χαρακτήρες ελέγχου.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The {what} is longer than {term_max} characters.</source>
        <translation>Το πεδίο «{what}» είναι μεγαλύτερο από {term_max} χαρακτήρες.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>{text!r} is not a hashtag: after # come letters, digits or _ only, no spaces.</source>
        <translation>Το {text!r} δεν είναι hashtag: μετά το # μπαίνουν μόνο γράμματα, ψηφία ή _, χωρίς κενά.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>A listening term is a word, a &quot;quoted phrase&quot; or a #hashtag; quotes go around the whole phrase.</source>
        <translation>Ένας όρος ακρόασης είναι μια λέξη, μια &quot;φράση σε εισαγωγικά&quot; ή ένα #hashtag· τα εισαγωγικά μπαίνουν γύρω από όλη τη φράση.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>{raw!r} is not a language code: use two letters such as en, de or fr.</source>
        <translation>Το {raw!r} δεν είναι κωδικός γλώσσας: χρησιμοποιήστε δύο γράμματα, όπως en, de ή fr.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>{text!r} is not an author: give their handle, like @someone@their.server.</source>
        <translation>Το {text!r} δεν είναι συντάκτης: δώστε το όνομα χρήστη του, όπως @someone@their.server.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/services/assignment.py" line="+57" />
        <source>There is no member {member}.</source>
        <translation>Δεν υπάρχει μέλος {member}.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/pg/local_copy.py" line="+117" />
        <source>The team server is unreachable: {reason}</source>
        <translation>Ο διακομιστής της ομάδας δεν είναι προσβάσιμος: {reason}</translation>
    </message>
    <message>
        <location line="+197" />
        <source>The team server is unreachable: this computer&apos;s copy of the team&apos;s inbox is for reading (and writing replies, which go out once it is back). Try this again then.</source>
        <translation>Ο διακομιστής της ομάδας δεν είναι προσβάσιμος: το αντίγραφο των εισερχομένων της ομάδας σε αυτόν τον υπολογιστή είναι για ανάγνωση (και για απαντήσεις, που φεύγουν μόλις επανέλθει). Δοκιμάστε ξανά τότε.</translation>
    </message>
    <message>
        <location line="-10" />
        <source>The team server is unreachable: a new conversation with this customer can be started once it is back. Answer in a conversation you already have with them, or try again then.</source>
        <translation>Ο διακομιστής της ομάδας δεν είναι προσβάσιμος: μια νέα συνομιλία με αυτόν τον πελάτη μπορεί να ξεκινήσει μόλις επανέλθει. Απαντήστε σε μια συνομιλία που έχετε ήδη μαζί του ή δοκιμάστε ξανά τότε.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/teamwork.py" line="-19" />
        <source>This inbox has no members: assigning is for a team (desktop-inbox team create URL).</source>
        <translation>Αυτά τα εισερχόμενα δεν έχουν μέλη: η ανάθεση είναι για ομάδες (desktop-inbox team create URL).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>There is no member called {join!r}; the members are: {known}.</source>
        <translation>Δεν υπάρχει μέλος με όνομα {join!r}· τα μέλη είναι: {known}.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/x/listening.py" line="+34" />
        <source>Listening on X needs search (GET /2/tweets/search/recent): a developer app inside a Project, with pay-per-use credits or a Basic/Pro plan.</source>
        <translation>Η ακρόαση στο X χρειάζεται αναζήτηση (GET /2/tweets/search/recent): μια εφαρμογή προγραμματιστή μέσα σε Project, με μονάδες pay-per-use ή πρόγραμμα Basic/Pro.</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Not heard: {why} {how}</source>
        <translation>Δεν ακούγεται: {why} {how}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not heard for now: {why}</source>
        <translation>Δεν ακούγεται προς το παρόν: {why}</translation>
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
        <translation>
            <numerusform>Εξήχθη %Ln μήνυμα στο %1.</numerusform>
            <numerusform>Εξήχθησαν %Ln μηνύματα στο %1.</numerusform>
        </translation>
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
        <comment>%1: &apos;n messages&apos;, %2: &apos;n conversations&apos;, %3: when, %4: Desktop Inbox</comment>
        <translation>%1 σε %2 · εξαγωγή %3 από το %4</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln μήνυμα</numerusform>
            <numerusform>%Ln μηνύματα</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln conversation(s)</source>
        <translation>
            <numerusform>%Ln συνομιλία</numerusform>
            <numerusform>%Ln συνομιλίες</numerusform>
        </translation>
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
        <source>%1: %2. Open it with the system&apos;s player.</source>
        <comment>%1: video, sound…; %2: the file&apos;s name</comment>
        <translation>%1: %2. Ανοίξτε το με την εφαρμογή αναπαραγωγής του συστήματος.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1. Open it with the system&apos;s player.</source>
        <comment>%1: video, sound…</comment>
        <translation>%1. Ανοίξτε το με την εφαρμογή αναπαραγωγής του συστήματος.</translation>
    </message>
    <message>
        <location line="+11" />
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
        <source>Open the local file with the system&apos;s own viewer or player</source>
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
    <name>ListPane</name>
    <message>
        <location filename="../../desktop_inbox/ui/mainwindow/listpane.py" line="+26" />
        <source>Nobody is waiting for an answer. Well done!</source>
        <translation>Κανείς δεν περιμένει απάντηση. Μπράβο!</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No conversation is waiting on a customer.</source>
        <translation>Καμία συνομιλία δεν περιμένει τον πελάτη.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing is snoozed.
Snooze a conversation (H, or Conversation ▸ Snooze) to have it come back later.</source>
        <translation>Τίποτα σε αναβολή.
Βάλτε μια συνομιλία σε αναβολή (H ή Συνομιλία ▸ Αναβολή) για να επανέλθει αργότερα.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing is marked done yet.</source>
        <translation>Τίποτα δεν έχει σημειωθεί ακόμη ως ολοκληρωμένο.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing heard yet.
Listen for words, phrases or #hashtags that name your shop: File ▸ Accounts…, choose an account, Listening….</source>
        <translation>Δεν ακούστηκε τίποτα ακόμη.
Ακούστε λέξεις, φράσεις ή #hashtags που αναφέρουν το κατάστημά σας: Αρχείο ▸ Λογαριασμοί…, επιλέξτε λογαριασμό, Ακρόαση….</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No conversations in this view.</source>
        <translation>Καμία συνομιλία σε αυτή την προβολή.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No account yet.
Add one with File ▸ Add account… to answer your customers here.</source>
        <translation>Δεν υπάρχει ακόμη λογαριασμός.
Προσθέστε έναν από Αρχείο ▸ Προσθήκη λογαριασμού… για να απαντάτε εδώ στους πελάτες σας.</translation>
    </message>
    <message>
        <location line="+212" />
        <source>No message matches “%1”.</source>
        <translation>Κανένα μήνυμα δεν ταιριάζει με «%1».</translation>
    </message>
</context>
<context>
    <name>ListeningDialog</name>
    <message>
        <location filename="../../desktop_inbox/ui/dialogs/listening.py" line="+42" />
        <source>a word, &quot;a phrase&quot; or #hashtag</source>
        <translation>μια λέξη, &quot;μια φράση&quot; ή #hashtag</translation>
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
        <location line="+3" />
        <source>%1. %2</source>
        <comment>the term&apos;s state, then the service&apos;s note</comment>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_inbox/ui/mainwindow/window.py" line="+110" />
        <source>Demo workspace — %1</source>
        <translation>Χώρος επίδειξης — %1</translation>
    </message>
    <message>
        <location line="+399" />
        <source>Syncing…</source>
        <translation>Συγχρονισμός…</translation>
    </message>
    <message>
        <location line="+45" />
        <source>The automatic backup failed: %1</source>
        <translation>Το αυτόματο αντίγραφο ασφαλείας απέτυχε: %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Your local copy of the team&apos;s inbox, as of %1: replies wait until the team server is back.</source>
        <translation>Το τοπικό σας αντίγραφο των εισερχομένων της ομάδας, όπως ήταν στις %1: οι απαντήσεις περιμένουν μέχρι να επανέλθει ο διακομιστής της ομάδας.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Team server back: the team&apos;s inbox is live again; replies written meanwhile go out now.</source>
        <translation>Ο διακομιστής της ομάδας επανήλθε: τα εισερχόμενα της ομάδας ενημερώνονται ξανά ζωντανά· οι απαντήσεις που γράψατε στο μεταξύ στέλνονται τώρα.</translation>
    </message>
    <message>
        <location line="-16" />
        <source>earlier</source>
        <translation>παλαιότερα</translation>
    </message>
</context>
<context>
    <name>MastodonPage</name>
    <message>
        <location filename="../../desktop_inbox/ui/signin/mastodon.py" line="+28" />
        <source>Your browser opens your server&apos;s sign-in page. Desktop Inbox asks to read your mentions and direct messages and to post replies. Your password never reaches this app, and the access key is kept in your system keyring.</source>
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
        <source>Enter your Mastodon server&apos;s address, e.g. mastodon.social.</source>
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
        <source>Waiting for you to approve Desktop Inbox in the browser… &lt;a href=&quot;%1&quot;&gt;Open the page again&lt;/a&gt;</source>
        <translation>Περιμένουμε να εγκρίνετε το Desktop Inbox στον περιηγητή… &lt;a href=&quot;%1&quot;&gt;Άνοιγμα της σελίδας ξανά&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop_inbox/ui/dialogs/merge.py" line="+41" />
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
        <source>Your Facebook Page&apos;s ID</source>
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
        <source>Enter your Facebook Page&apos;s ID (on the Page: About → Page transparency).</source>
        <translation>Εισαγάγετε το αναγνωριστικό της Σελίδας σας στο Facebook (στη Σελίδα: About → Page transparency).</translation>
    </message>
</context>
<context>
    <name>MetaPage</name>
    <message>
        <location line="-98" />
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
        <source>The number at the top of your app&apos;s page</source>
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
        <source>A person may then answer for 7 days after the customer&apos;s last message, not 24 hours.</source>
        <translation>Τότε ένας άνθρωπος μπορεί να απαντά για 7 ημέρες μετά το τελευταίο μήνυμα του πελάτη, αντί για 24 ώρες.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Check and add</source>
        <translation>Έλεγχος και προσθήκη</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Enter your Meta app&apos;s ID (developers.facebook.com/apps).</source>
        <translation>Εισαγάγετε το αναγνωριστικό της εφαρμογής σας στη Meta (developers.facebook.com/apps).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paste the token generated in your app&apos;s dashboard.</source>
        <translation>Επικολλήστε το διακριτικό πρόσβασης που δημιουργήθηκε στον πίνακα ελέγχου της εφαρμογής σας.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Checking the token with Meta…</source>
        <translation>Έλεγχος του διακριτικού με τη Meta…</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1: %2</source>
        <comment>an account, then what works for it</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>NoticeWords</name>
    <message numerus="yes">
        <location filename="../../desktop_inbox/ui/notifications.py" line="+73" />
        <source>%1 and %Ln other customer(s)</source>
        <comment>%1: the customer who wrote last</comment>
        <translation>
            <numerusform>%1 και %Ln ακόμη πελάτης</numerusform>
            <numerusform>%1 και %Ln ακόμη πελάτες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%1  (%Ln new message(s))</source>
        <comment>%1: what the customer wrote</comment>
        <translation>
            <numerusform>%1  (%Ln νέο μήνυμα)</numerusform>
            <numerusform>%1  (%Ln νέα μηνύματα)</numerusform>
        </translation>
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
    <name>Opening</name>
    <message>
        <location filename="../../desktop_inbox/ui/opening.py" line="+53" />
        <source>Opening your conversations…</source>
        <translation>Άνοιγμα των συνομιλιών σας…</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Updating your conversations for this version…</source>
        <translation>Ενημέρωση των συνομιλιών σας για αυτή την έκδοση…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This happens once, and with many messages it can take a minute.</source>
        <translation>Γίνεται μία φορά, και με πολλά μηνύματα μπορεί να διαρκέσει ένα λεπτό.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Step %1 of %2.</source>
        <comment>%1: this step, %2: the number of steps</comment>
        <translation>Βήμα %1 από %2.</translation>
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
    <name>PersonBriefWidget</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/person_brief.py" line="+26" />
        <source>About this customer</source>
        <translation>Για αυτόν τον πελάτη</translation>
    </message>
    <message>
        <location line="+24" />
        <source>&lt;i&gt;Who you are answering appears here.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Εδώ εμφανίζεται σε ποιον απαντάτε.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&lt;b&gt;%1&lt;/b&gt; — call them &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — προσφώνηση: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n συνομιλία</numerusform>
            <numerusform>%n συνομιλίες</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>MMM yyyy</source>
        <comment>a month (Qt date format)</comment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customer since %1 · %2</source>
        <translation>Πελάτης από %1 · %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Customer since today · %1</source>
        <translation>Πελάτης από σήμερα · %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&lt;b&gt;Not answered yet&lt;/b&gt;</source>
        <translation>&lt;b&gt;Δεν έχουν απαντηθεί ακόμη&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&lt;b&gt;Earlier they wrote&lt;/b&gt;</source>
        <translation>&lt;b&gt;Είχε γράψει παλαιότερα&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;b&gt;Notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Σημειώσεις&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>PictureChip</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/attachments.py" line="-211" />
        <source>Describe the picture (required)</source>
        <translation>Περιγράψτε την εικόνα (υποχρεωτικό)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alt text for %1</source>
        <translation>Εναλλακτικό κείμενο για %1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The platform takes smaller pictures: a copy made to fit is sent; your file is unchanged.</source>
        <translation>Η πλατφόρμα δέχεται μικρότερες εικόνες: στέλνεται ένα αντίγραφο στο σωστό μέγεθος· το αρχείο σας μένει όπως είναι.</translation>
    </message>
    <message>
        <location line="-3" />
        <source>%1 — sent smaller (%2 → %3)</source>
        <comment>%1: the file&apos;s name, %2 and %3: sizes</comment>
        <translation>%1 — στέλνεται μικρότερη (%2 → %3)</translation>
    </message>
    <message>
        <location line="-9" />
        <source>Remove %1</source>
        <translation>Αφαίρεση %1</translation>
    </message>
</context>
<context>
    <name>PlainIcons</name>
    <message>
        <location filename="../../desktop_inbox/ui/files.py" line="+36" />
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
    <name>Platforms</name>
    <message>
        <location filename="../../desktop_inbox/connectors/bluesky/descriptor.py" line="+8" />
        <source>Sign in with your Bluesky handle (e.g. shop.bsky.social) and an app password, not your main password. Create one in the Bluesky app under Settings → Privacy and security → App passwords, and tick “Allow access to your direct messages”: customers often write privately, and without that permission Bluesky does not let any app read or answer direct messages. The app password is used once to sign in; Desktop Inbox then keeps only the session Bluesky gives it, in your system keyring, and you can revoke it at any time by deleting the app password.</source>
        <translation>Συνδεθείτε με το όνομα χρήστη σας στο Bluesky (π.χ. shop.bsky.social) και έναν κωδικό εφαρμογής, όχι τον κύριο κωδικό σας. Δημιουργήστε έναν στην εφαρμογή Bluesky στο Settings → Privacy and security → App passwords και τσεκάρετε το “Allow access to your direct messages”: οι πελάτες συχνά γράφουν ιδιωτικά, και χωρίς αυτή την άδεια το Bluesky δεν αφήνει καμία εφαρμογή να διαβάσει ή να απαντήσει σε προσωπικά μηνύματα. Ο κωδικός εφαρμογής χρησιμοποιείται μία φορά για τη σύνδεση· μετά το Desktop Inbox κρατά μόνο τη σύνδεση που του δίνει το Bluesky, στην κλειδοθήκη του συστήματός σας, και μπορείτε να την ανακαλέσετε οποτεδήποτε διαγράφοντας τον κωδικό εφαρμογής.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>App password (looks like xxxx-xxxx-xxxx-xxxx)</source>
        <translation>Κωδικός εφαρμογής (μοιάζει με xxxx-xxxx-xxxx-xxxx)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Counted as Bluesky does: letters as you see them, links as written.</source>
        <translation>Μετράται όπως στο Bluesky: τα γράμματα όπως τα βλέπετε, οι σύνδεσμοι όπως γράφονται.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Add a Bluesky account</source>
        <translation>Προσθήκη λογαριασμού Bluesky</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mentions, replies, quotes and chats on Bluesky, with an app password.</source>
        <translation>Αναφορές, απαντήσεις, παραθέσεις και συνομιλίες στο Bluesky, με κωδικό εφαρμογής.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Bluesky direct messages cannot carry pictures.</source>
        <translation>Τα προσωπικά μηνύματα του Bluesky δεν μπορούν να έχουν εικόνες.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Hears words, phrases and #hashtags in public Bluesky posts through Bluesky&apos;s search (app.bsky.feed.searchPosts), asked gently every few minutes.</source>
        <translation>Ακούει λέξεις, φράσεις και #hashtags σε δημόσιες αναρτήσεις του Bluesky μέσω της αναζήτησης του Bluesky (app.bsky.feed.searchPosts), με ήπια αιτήματα κάθε λίγα λεπτά.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/email/descriptor.py" line="+11" />
        <source>Enter your e-mail address and password; Desktop Inbox fills in the usual servers for your provider, which you can change. Many providers (Gmail, Yahoo, iCloud, Fastmail) want an app password instead of your normal one: create it in your provider&apos;s security settings. &quot;Test connection&quot; signs in to both servers without sending anything.</source>
        <translation>Γράψτε τη διεύθυνση e-mail και τον κωδικό σας· το Desktop Inbox συμπληρώνει τους συνηθισμένους διακομιστές του παρόχου σας, που μπορείτε να αλλάξετε. Πολλοί πάροχοι (Gmail, Yahoo, iCloud, Fastmail) θέλουν κωδικό εφαρμογής αντί για τον κανονικό σας: δημιουργήστε τον στις ρυθμίσεις ασφαλείας του παρόχου σας. Ο «Έλεγχος σύνδεσης» συνδέεται και στους δύο διακομιστές χωρίς να στείλει τίποτα.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Security: &quot;tls&quot; (ports 993 and 465) or &quot;starttls&quot; (ports 143 and 587) always check the server&apos;s certificate. &quot;none&quot; sends your password unencrypted and is only allowed for a server on this computer (such as a mail bridge).</source>
        <translation>Ασφάλεια: τα &quot;tls&quot; (θύρες 993 και 465) και &quot;starttls&quot; (θύρες 143 και 587) ελέγχουν πάντα το πιστοποιητικό του διακομιστή. Το &quot;none&quot; στέλνει τον κωδικό σας χωρίς κρυπτογράφηση και επιτρέπεται μόνο για διακομιστή σε αυτόν τον υπολογιστή (όπως μια γέφυρα αλληλογραφίας).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The password is kept in your system&apos;s keyring, never in Desktop Inbox&apos;s files. New mail arrives within seconds (IMAP IDLE); replies are sent with your signature and filed in your Sent folder.</source>
        <translation>Ο κωδικός φυλάσσεται στην κλειδοθήκη του συστήματός σας, ποτέ στα αρχεία του Desktop Inbox. Τα νέα μηνύματα φτάνουν μέσα σε δευτερόλεπτα (IMAP IDLE)· οι απαντήσεις στέλνονται με την υπογραφή σας και μπαίνουν στον φάκελο «Απεσταλμένα».</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Add an e-mail account</source>
        <translation>Προσθήκη λογαριασμού e-mail</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Any mailbox with IMAP and SMTP: Gmail, Outlook, your own domain…</source>
        <translation>Οποιοδήποτε γραμματοκιβώτιο με IMAP και SMTP: Gmail, Outlook, το δικό σας domain…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>E-mail has no listening: there is nothing public to search, mail reaches you only when it is sent to you. Listen on a Mastodon, Bluesky or X account instead.</source>
        <translation>Το e-mail δεν έχει ακρόαση: δεν υπάρχει τίποτα δημόσιο για αναζήτηση, η αλληλογραφία σας φτάνει μόνο όταν σας τη στέλνουν. Κάντε ακρόαση από λογαριασμό Mastodon, Bluesky ή X.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/instagram/descriptor.py" line="+11" />
        <source>Desktop Inbox talks to Instagram through your own Meta app, so that your
business keeps its own access and rate budget, and no one else&apos;s app sits
between you and your customers.</source>
        <translation>Το Desktop Inbox επικοινωνεί με το Instagram μέσω της δικής σας εφαρμογής στη Meta, ώστε η επιχείρησή σας να κρατά τη δική της πρόσβαση και το δικό της όριο αιτημάτων, και καμία ξένη εφαρμογή να μη μπαίνει ανάμεσα σε εσάς και τους πελάτες σας.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>1. At developers.facebook.com/apps create an app of type &quot;Business&quot; and add
   the use case &quot;Manage messaging &amp; content on Instagram&quot;.
2. Your Instagram account must be a professional (Business or Creator)
   account. Under &quot;API setup with Instagram business login&quot;, add it and accept
   the tester invitation in Instagram (Settings &gt; Website permissions &gt; Apps
   and websites), then press &quot;Generate token&quot; next to it and log in.
3. Copy the token and paste it here. The app ID is the number at the top of
   the app&apos;s page.</source>
        <translation>1. Στο developers.facebook.com/apps δημιουργήστε εφαρμογή τύπου &quot;Business&quot; και προσθέστε την περίπτωση χρήσης &quot;Manage messaging &amp; content on Instagram&quot;.
2. Ο λογαριασμός σας στο Instagram πρέπει να είναι επαγγελματικός (Business ή Creator). Στο &quot;API setup with Instagram business login&quot; προσθέστε τον και αποδεχτείτε την πρόσκληση δοκιμαστή στο Instagram (Settings &gt; Website permissions &gt; Apps and websites), μετά πατήστε &quot;Generate token&quot; δίπλα του και συνδεθείτε.
3. Αντιγράψτε το διακριτικό και επικολλήστε το εδώ. Το αναγνωριστικό εφαρμογής είναι ο αριθμός στο πάνω μέρος της σελίδας της εφαρμογής.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The token lives 60 days; Desktop Inbox renews it while it syncs (no app
secret needed, and it never asks for one). Direct messages can be answered
within 24 hours of the customer&apos;s last message (7 days for a person answering,
if Meta approved the Human Agent feature for your app: add --human-agent),
comments at any time, and a comment privately once, within 7 days.
Instagram reports @mentions of your account only to webhook servers: Desktop
Inbox shows the posts you are tagged in instead.</source>
        <translation>Το διακριτικό ισχύει 60 ημέρες· το Desktop Inbox το ανανεώνει όσο συγχρονίζει (δεν χρειάζεται app secret και δεν το ζητά ποτέ). Στα προσωπικά μηνύματα μπορείτε να απαντήσετε μέσα σε 24 ώρες από το τελευταίο μήνυμα του πελάτη (7 ημέρες όταν απαντά άνθρωπος, αν η Meta ενέκρινε τη λειτουργία Human Agent για την εφαρμογή σας: προσθέστε --human-agent), στα σχόλια οποτεδήποτε, και ιδιωτικά σε ένα σχόλιο μία φορά, μέσα σε 7 ημέρες. Το Instagram αναφέρει τις @αναφορές του λογαριασμού σας μόνο σε διακομιστές webhook: το Desktop Inbox δείχνει αντί γι&apos; αυτές τις αναρτήσεις όπου σας έχουν επισημάνει.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Counted as Instagram does: a direct message in bytes (letters outside A-Z weigh 2 to 4), a comment in characters.</source>
        <translation>Μετράται όπως στο Instagram: ένα προσωπικό μήνυμα σε bytes (τα γράμματα εκτός A-Z μετρούν 2 έως 4), ένα σχόλιο σε χαρακτήρες.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Add an Instagram account</source>
        <translation>Προσθήκη λογαριασμού Instagram</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Direct messages and comments on your Instagram business account, through your own Meta app.</source>
        <translation>Προσωπικά μηνύματα και σχόλια στον επαγγελματικό σας λογαριασμό Instagram, μέσω της δικής σας εφαρμογής στη Meta.</translation>
    </message>
    <message>
        <location line="+8" />
        <location filename="../../desktop_inbox/connectors/messenger/descriptor.py" line="+71" />
        <source>Pictures cannot be attached to replies on this platform yet.</source>
        <translation>Σε αυτή την πλατφόρμα δεν μπορούν ακόμη να επισυναφθούν εικόνες σε απαντήσεις.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not available on Instagram: its hashtag search (ig_hashtag_search) belongs to the Instagram API with Facebook Login, needs the instagram_basic permission and the Instagram Public Content Access feature through Meta&apos;s App Review, allows 30 hashtags a week, and gives neither the authors nor a way to comment. Instagram Login, which Desktop Inbox uses, offers no search.</source>
        <translation>Δεν είναι διαθέσιμο στο Instagram: η αναζήτηση hashtag (ig_hashtag_search) ανήκει στο Instagram API with Facebook Login, χρειάζεται την άδεια instagram_basic και τη λειτουργία Instagram Public Content Access μέσω του App Review της Meta, επιτρέπει 30 hashtags την εβδομάδα και δεν δίνει ούτε τους συντάκτες ούτε τρόπο να σχολιάσετε. Το Instagram Login, που χρησιμοποιεί το Desktop Inbox, δεν προσφέρει αναζήτηση.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/mastodon/descriptor.py" line="+19" />
        <source>Counted as Mastodon does: every link as {url} characters, @name@server as @name.</source>
        <translation>Μετράται όπως στο Mastodon: κάθε σύνδεσμος ως {url} χαρακτήρες, το @name@server ως @name.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Add a Mastodon account</source>
        <translation>Προσθήκη λογαριασμού Mastodon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mentions and direct messages on any Mastodon server. You sign in in your browser.</source>
        <translation>Αναφορές και προσωπικά μηνύματα σε οποιονδήποτε διακομιστή Mastodon. Συνδέεστε από τον περιηγητή σας.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Hears #hashtags on your server&apos;s hashtag timelines (its own posts and those federated to it). Words and phrases only where your server offers full-text search: most Mastodon servers don&apos;t, and those that do find only public posts whose authors opted in to search.</source>
        <translation>Ακούει #hashtags στις ροές hashtag του διακομιστή σας (τις δικές του αναρτήσεις και όσες του έρχονται από την ομοσπονδία). Λέξεις και φράσεις μόνο όπου ο διακομιστής σας προσφέρει αναζήτηση πλήρους κειμένου: οι περισσότεροι διακομιστές Mastodon δεν προσφέρουν, και όσοι προσφέρουν βρίσκουν μόνο δημόσιες αναρτήσεις των οποίων οι συντάκτες επέλεξαν να εμφανίζονται στην αναζήτηση.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/messenger/descriptor.py" line="-60" />
        <source>Desktop Inbox talks to Messenger through your own Meta app, with a Page
access token, so that your business keeps its own access and rate budget.</source>
        <translation>Το Desktop Inbox επικοινωνεί με το Messenger μέσω της δικής σας εφαρμογής στη Meta, με διακριτικό πρόσβασης Σελίδας, ώστε η επιχείρησή σας να κρατά τη δική της πρόσβαση και το δικό της όριο αιτημάτων.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>1. At developers.facebook.com/apps create an app of type &quot;Business&quot; and add
   the Messenger product (use case &quot;Engage with customers on Messenger&quot;).
2. In Messenger &gt; Messenger API Settings, connect your Facebook Page and
   press &quot;Generate token&quot; next to it (you need the MESSAGING or MODERATE task
   on the Page; MODERATE also shows who wrote each comment).
3. Paste the token here. The Page ID is on the Page (About &gt; Page
   transparency) and next to the token; the app ID is at the top of the
   app&apos;s page.</source>
        <translation>1. Στο developers.facebook.com/apps δημιουργήστε εφαρμογή τύπου &quot;Business&quot; και προσθέστε το προϊόν Messenger (περίπτωση χρήσης &quot;Engage with customers on Messenger&quot;).
2. Στο Messenger &gt; Messenger API Settings συνδέστε τη Σελίδα σας στο Facebook και πατήστε &quot;Generate token&quot; δίπλα της (χρειάζεστε την εργασία MESSAGING ή MODERATE στη Σελίδα· η MODERATE δείχνει επίσης ποιος έγραψε κάθε σχόλιο).
3. Επικολλήστε το διακριτικό εδώ. Το αναγνωριστικό Σελίδας βρίσκεται στη Σελίδα (About &gt; Page transparency) και δίπλα στο διακριτικό· το αναγνωριστικό εφαρμογής είναι στο πάνω μέρος της σελίδας της εφαρμογής.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Page tokens generated this way do not expire. Messages can be answered within
24 hours of the customer&apos;s last message (7 days for a person answering, if
Meta approved the Human Agent feature for your app: add --human-agent),
comments on the Page&apos;s posts at any time, and a comment privately once, within
7 days.</source>
        <translation>Τα διακριτικά Σελίδας που δημιουργούνται έτσι δεν λήγουν. Στα μηνύματα μπορείτε να απαντήσετε μέσα σε 24 ώρες από το τελευταίο μήνυμα του πελάτη (7 ημέρες όταν απαντά άνθρωπος, αν η Meta ενέκρινε τη λειτουργία Human Agent για την εφαρμογή σας: προσθέστε --human-agent), στα σχόλια των αναρτήσεων της Σελίδας οποτεδήποτε, και ιδιωτικά σε ένα σχόλιο μία φορά, μέσα σε 7 ημέρες.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Counted in characters: 2,000 for a Messenger message, 8,000 for a Facebook comment.</source>
        <translation>Μετράται σε χαρακτήρες: 2.000 για ένα μήνυμα στο Messenger, 8.000 για ένα σχόλιο στο Facebook.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Add a Facebook Page&apos;s Messenger</source>
        <translation>Προσθήκη του Messenger μιας Σελίδας Facebook</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your Facebook Page&apos;s Messenger and comments, through your own Meta app.</source>
        <translation>Το Messenger και τα σχόλια της Σελίδας σας στο Facebook, μέσω της δικής σας εφαρμογής στη Meta.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Not available on Facebook: Meta offers apps no search of people&apos;s public posts (Page Public Content Access reads other Pages, not people); only what is sent to your Page reaches you.</source>
        <translation>Δεν είναι διαθέσιμο στο Facebook: η Meta δεν προσφέρει στις εφαρμογές αναζήτηση στις δημόσιες αναρτήσεις των ανθρώπων (το Page Public Content Access διαβάζει άλλες Σελίδες, όχι ανθρώπους)· σας φτάνει μόνο ό,τι στέλνεται στη Σελίδα σας.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/meta/access.py" line="+23" />
        <source>To get Advanced Access (needed to answer customers who have no role on your app):
  1. In the App Dashboard (developers.facebook.com/apps), open your app and
     complete Business Verification for your business (Settings &gt; Basic &gt;
     Verification).
  2. Go to App Review &gt; Permissions and Features and request Advanced Access
     for the permissions listed above; describe that a person at your business
     reads and answers customers&apos; messages in Desktop Inbox.
  3. Switch the app to Live mode once the review is approved, then generate a
     new token and add the account again.</source>
        <translation>Για να αποκτήσετε Advanced Access (χρειάζεται για να απαντάτε σε πελάτες που δεν έχουν ρόλο στην εφαρμογή σας):
  1. Στο App Dashboard (developers.facebook.com/apps) ανοίξτε την εφαρμογή σας και ολοκληρώστε το Business Verification για την επιχείρησή σας (Settings &gt; Basic &gt; Verification).
  2. Πηγαίνετε στο App Review &gt; Permissions and Features και ζητήστε Advanced Access για τις άδειες που αναφέρονται παραπάνω· περιγράψτε ότι ένα άτομο της επιχείρησής σας διαβάζει και απαντά στα μηνύματα των πελατών στο Desktop Inbox.
  3. Γυρίστε την εφαρμογή σε Live mode μόλις εγκριθεί ο έλεγχος, μετά δημιουργήστε νέο διακριτικό και προσθέστε ξανά τον λογαριασμό.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Access levels of your Meta app for Instagram:
  - Standard Access (the default, no App Review): the app works for the
    Instagram professional account you own and added to the app. Meta&apos;s
    documentation does not say whether direct messages with customers who have
    no role on the app work on Standard Access; if Instagram refuses them,
    your app needs Advanced Access.
  - Advanced Access (App Review and Business Verification): needed for
    accounts you do not own, and wherever Meta asks for it.</source>
        <translation>Επίπεδα πρόσβασης της εφαρμογής σας στη Meta για το Instagram:
  - Standard Access (προεπιλογή, χωρίς App Review): η εφαρμογή λειτουργεί για τον επαγγελματικό λογαριασμό Instagram που σας ανήκει και προσθέσατε στην εφαρμογή. Η τεκμηρίωση της Meta δεν λέει αν τα προσωπικά μηνύματα με πελάτες χωρίς ρόλο στην εφαρμογή λειτουργούν με Standard Access· αν το Instagram τα απορρίπτει, η εφαρμογή σας χρειάζεται Advanced Access.
  - Advanced Access (App Review και Business Verification): χρειάζεται για λογαριασμούς που δεν σας ανήκουν, και όπου το ζητά η Meta.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Permissions Desktop Inbox uses: instagram_business_basic,
instagram_business_manage_messages, instagram_business_manage_comments.</source>
        <translation>Άδειες που χρησιμοποιεί το Desktop Inbox: instagram_business_basic, instagram_business_manage_messages, instagram_business_manage_comments.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Access levels of your Meta app for Messenger:
  - Standard Access (the default, no App Review): the app can only read and
    answer conversations with people who have a role on the app or the Page
    (admins, developers, testers). Ordinary customers are refused with
    &quot;(#200) … does not have Advanced Access&quot;.
  - Advanced Access (App Review and Business Verification): needed to read
    and answer conversations with your customers.</source>
        <translation>Επίπεδα πρόσβασης της εφαρμογής σας στη Meta για το Messenger:
  - Standard Access (προεπιλογή, χωρίς App Review): η εφαρμογή μπορεί να διαβάζει και να απαντά μόνο σε συνομιλίες με άτομα που έχουν ρόλο στην εφαρμογή ή στη Σελίδα (διαχειριστές, προγραμματιστές, δοκιμαστές). Οι απλοί πελάτες απορρίπτονται με &quot;(#200) … does not have Advanced Access&quot;.
  - Advanced Access (App Review και Business Verification): χρειάζεται για να διαβάζετε και να απαντάτε στις συνομιλίες με τους πελάτες σας.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Permissions Desktop Inbox uses: pages_messaging, pages_read_engagement,
pages_manage_metadata (and pages_read_user_engagement, pages_manage_engagement
for comments on the Page&apos;s posts).</source>
        <translation>Άδειες που χρησιμοποιεί το Desktop Inbox: pages_messaging, pages_read_engagement, pages_manage_metadata (και pages_read_user_engagement, pages_manage_engagement για τα σχόλια στις αναρτήσεις της Σελίδας).</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/x/descriptor.py" line="+12" />
        <source>Desktop Inbox talks to X with your own X developer app, so that X bills the
API use to you directly and nobody else can cut your access.</source>
        <translation>Το Desktop Inbox επικοινωνεί με το X μέσω της δικής σας εφαρμογής προγραμματιστή στο X, ώστε το X να σας χρεώνει απευθείας τη χρήση του API και κανείς άλλος να μη μπορεί να κόψει την πρόσβασή σας.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>1. Sign in at developer.x.com with the X account you answer customers from
   (or one that may manage it) and create a Project with an App in it.
2. In the app&apos;s &quot;User authentication settings&quot; choose OAuth 2.0, type
   &quot;Native App&quot;, permissions &quot;Read and write and Direct message&quot;, and the
   callback URL http://127.0.0.1:17863/callback
3. Copy the app&apos;s OAuth 2.0 Client ID (not the API key) and paste it here.</source>
        <translation>1. Συνδεθείτε στο developer.x.com με τον λογαριασμό X από τον οποίο απαντάτε στους πελάτες (ή έναν που μπορεί να τον διαχειρίζεται) και δημιουργήστε ένα Project με μια App μέσα.
2. Στο &quot;User authentication settings&quot; της εφαρμογής επιλέξτε OAuth 2.0, τύπο &quot;Native App&quot;, άδειες &quot;Read and write and Direct message&quot; και callback URL http://127.0.0.1:17863/callback
3. Αντιγράψτε το OAuth 2.0 Client ID της εφαρμογής (όχι το API key) και επικολλήστε το εδώ.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>What it costs: X&apos;s self-serve API is pay-per-use (credits bought in the
developer portal). Reading your mentions is an &quot;owned read&quot; when you own the
app; each direct-message read, post and direct message sent is charged, and a
post with a link costs more. A Basic or Pro plan works as well. Without
credits or a plan, X refuses the requests (&quot;client-forbidden&quot; or &quot;usage
capped&quot;) and Desktop Inbox tells you so.</source>
        <translation>Τι κοστίζει: το self-serve API του X χρεώνεται ανά χρήση (μονάδες που αγοράζονται στο developer portal). Η ανάγνωση των αναφορών σας είναι &quot;owned read&quot; όταν η εφαρμογή είναι δική σας· κάθε ανάγνωση προσωπικού μηνύματος, κάθε ανάρτηση και κάθε προσωπικό μήνυμα που στέλνεται χρεώνεται, και μια ανάρτηση με σύνδεσμο κοστίζει περισσότερο. Λειτουργεί επίσης με πρόγραμμα Basic ή Pro. Χωρίς μονάδες ή πρόγραμμα, το X απορρίπτει τα αιτήματα (&quot;client-forbidden&quot; ή &quot;usage capped&quot;) και το Desktop Inbox σας το λέει.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>What access the account needs: the scopes tweet.read, tweet.write,
users.read, dm.read, dm.write and offline.access (so Desktop Inbox can stay
signed in; the sign-in is renewed every two hours and kept in your keyring).
X lets an app reply only to posts that mention or quote your account, and
keeps direct messages for 30 days and your 800 newest mentions.</source>
        <translation>Τι πρόσβαση χρειάζεται ο λογαριασμός: τα scopes tweet.read, tweet.write, users.read, dm.read, dm.write και offline.access (ώστε το Desktop Inbox να μένει συνδεδεμένο· η σύνδεση ανανεώνεται κάθε δύο ώρες και φυλάσσεται στην κλειδοθήκη σας). Το X επιτρέπει σε μια εφαρμογή να απαντά μόνο σε αναρτήσεις που αναφέρουν ή παραθέτουν τον λογαριασμό σας, και κρατά τα προσωπικά μηνύματα για 30 ημέρες και τις 800 πιο πρόσφατες αναφορές σας.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Counted as X does: emoji and Chinese, Japanese or Korean characters weigh 2, every link 23.</source>
        <translation>Μετράται όπως στο X: τα emoji και οι κινεζικοί, ιαπωνικοί ή κορεατικοί χαρακτήρες μετρούν 2, κάθε σύνδεσμος 23.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Add an X account</source>
        <translation>Προσθήκη λογαριασμού X</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mentions and direct messages on X, through your own X developer app (X charges for API use).</source>
        <translation>Αναφορές και προσωπικά μηνύματα στο X, μέσω της δικής σας εφαρμογής προγραμματιστή στο X (το X χρεώνει τη χρήση του API).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Hears words, phrases and #hashtags in posts of the last 7 days (GET /2/tweets/search/recent) if your X developer access includes search: an app in a Project with pay-per-use credits or a Basic/Pro plan; each post read is billed. X lets self-serve apps reply only to posts that mention or quote you, so X may refuse a public reply to a heard post.</source>
        <translation>Ακούει λέξεις, φράσεις και #hashtags σε αναρτήσεις των τελευταίων 7 ημερών (GET /2/tweets/search/recent) αν η πρόσβασή σας ως προγραμματιστή στο X περιλαμβάνει αναζήτηση: μια εφαρμογή σε Project με μονάδες pay-per-use ή πρόγραμμα Basic/Pro· κάθε ανάρτηση που διαβάζεται χρεώνεται. Το X αφήνει τις self-serve εφαρμογές να απαντούν μόνο σε αναρτήσεις που σας αναφέρουν ή σας παραθέτουν, οπότε το X μπορεί να απορρίψει μια δημόσια απάντηση σε ανάρτηση που ακούστηκε.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/email/config.py" line="-134" />
        <source>Gmail needs an app password (Google Account → Security → App passwords) and IMAP enabled in Gmail&apos;s settings.</source>
        <translation>Το Gmail χρειάζεται κωδικό εφαρμογής (Google Account → Security → App passwords) και ενεργοποιημένο IMAP στις ρυθμίσεις του Gmail.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Microsoft has turned off password sign-in for most Outlook and Microsoft 365 accounts; an app password works only where your administrator allows it.</source>
        <translation>Η Microsoft έχει απενεργοποιήσει τη σύνδεση με κωδικό για τους περισσότερους λογαριασμούς Outlook και Microsoft 365· ο κωδικός εφαρμογής λειτουργεί μόνο όπου το επιτρέπει ο διαχειριστής σας.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Yahoo needs an app password (Account security → Generate app password).</source>
        <translation>Το Yahoo χρειάζεται κωδικό εφαρμογής (Account security → Generate app password).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>iCloud needs an app-specific password (appleid.apple.com); the user name is your iCloud address.</source>
        <translation>Το iCloud χρειάζεται κωδικό για συγκεκριμένη εφαρμογή (appleid.apple.com)· όνομα χρήστη είναι η διεύθυνσή σας iCloud.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Fastmail needs an app password (Settings → Privacy &amp; Security).</source>
        <translation>Το Fastmail χρειάζεται κωδικό εφαρμογής (Settings → Privacy &amp; Security).</translation>
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
    <name>PublicAnyway</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/public_anyway.py" line="+17" />
        <source>Send in public anyway</source>
        <translation>Δημόσια αποστολή παρ&apos; όλα αυτά</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Send as a direct message</source>
        <translation>Αποστολή ως προσωπικό μήνυμα</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep editing</source>
        <translation>Συνέχεια επεξεργασίας</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Personal data in public</source>
        <translation>Προσωπικά δεδομένα δημόσια</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Send this in public?</source>
        <translation>Να σταλεί δημόσια;</translation>
    </message>
    <message>
        <location line="+3" />
        <source>It shows %1, and everyone can read a public reply. Send it as a direct message instead?</source>
        <translation>Περιέχει %1 και μια δημόσια απάντηση μπορεί να τη διαβάσει ο καθένας. Να σταλεί καλύτερα ως προσωπικό μήνυμα;</translation>
    </message>
    <message>
        <location line="+2" />
        <source>It shows %1, and everyone can read a public reply.</source>
        <translation>Περιέχει %1 και μια δημόσια απάντηση μπορεί να τη διαβάσει ο καθένας.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message numerus="yes">
        <location filename="../../desktop_inbox/ui/recovery.py" line="+43" />
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
        <location line="+45" />
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
        <location filename="../../desktop_inbox/ui/conversation/followthrough.py" line="+23" />
        <source>Remind me in %n day(s)</source>
        <translation>
            <numerusform>Υπενθύμιση σε %n ημέρα</numerusform>
            <numerusform>Υπενθύμιση σε %n ημέρες</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28" />
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
        <translation>
            <numerusform>%Ln ημέρα· υψηλότερο 90ό εκατοστημόριο %1· στόχος %2</numerusform>
            <numerusform>%Ln ημέρες· υψηλότερο 90ό εκατοστημόριο %1· στόχος %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../desktop_inbox/ui/search/bar.py" line="+24" />
        <source>Search all messages  ( / )</source>
        <translation>Αναζήτηση σε όλα τα μηνύματα  ( / )</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search</source>
        <translation>Αναζήτηση</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Words in any order, &quot;exact phrases&quot;, from:, platform:, is:direct, is:mention, is:heard, state:, tag:, before:, after:</source>
        <comment>the search words (from:, is:direct…) stay in English: the search understands only these</comment>
        <translation>Λέξεις με οποιαδήποτε σειρά, &quot;ακριβείς φράσεις&quot;, from:, platform:, is:direct, is:mention, is:heard, state:, tag:, before:, after:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Newest first</source>
        <translation>Νεότερα πρώτα</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Best match</source>
        <translation>Πιο σχετικά</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Order of search results</source>
        <translation>Σειρά αποτελεσμάτων αναζήτησης</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save</source>
        <translation>Αποθήκευση</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep this search in the sidebar, with a live count</source>
        <translation>Διατήρηση αυτής της αναζήτησης στην πλαϊνή στήλη, με ζωντανή μέτρηση</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Search results found</source>
        <translation>Αποτελέσματα αναζήτησης</translation>
    </message>
    <message numerus="yes">
        <location line="+56" />
        <source>More than %Ln message(s) found</source>
        <translation>
            <numerusform>Βρέθηκαν περισσότερα από %Ln μήνυμα</numerusform>
            <numerusform>Βρέθηκαν περισσότερα από %Ln μηνύματα</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln message(s) found</source>
        <translation>
            <numerusform>Βρέθηκε %Ln μήνυμα</numerusform>
            <numerusform>Βρέθηκαν %Ln μηνύματα</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchHitDelegate</name>
    <message>
        <location filename="../../desktop_inbox/ui/search/results.py" line="+192" />
        <source>%1 · DM</source>
        <comment>a platform&apos;s direct messages</comment>
        <translation>%1 · προσωπικό</translation>
    </message>
</context>
<context>
    <name>SearchResultsView</name>
    <message>
        <location line="+37" />
        <source>Search results</source>
        <translation>Αποτελέσματα αναζήτησης</translation>
    </message>
</context>
<context>
    <name>SendAtButton</name>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/followthrough.py" line="-134" />
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
        <location line="+25" />
        <source>Send at</source>
        <translation>Αποστολή στις</translation>
    </message>
    <message>
        <location line="-23" />
        <source>Send this reply later: it waits in the outbox, and goes even if the app is closed then (at the next sync)</source>
        <translation>Αποστολή αυτής της απάντησης αργότερα: περιμένει στα εξερχόμενα και φεύγει ακόμη κι αν η εφαρμογή είναι τότε κλειστή (στον επόμενο συγχρονισμό)</translation>
    </message>
    <message>
        <location line="+17" />
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
        <source>Enter the %1 server (your provider&apos;s help pages name it).</source>
        <translation>Πληκτρολογήστε τον διακομιστή %1 (θα τον βρείτε στις σελίδες βοήθειας του παρόχου σας).</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../desktop_inbox/ui/sidebar.py" line="+24" />
        <source>Needs reply</source>
        <translation>Θέλει απάντηση</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waiting on customer</source>
        <translation>Αναμονή πελάτη</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Snoozed</source>
        <translation>Σε αναβολή</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Done</source>
        <translation>Ολοκληρώθηκε</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All</source>
        <translation>Όλες</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Heard</source>
        <translation>Ακούστηκαν</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Views</source>
        <translation>Προβολές</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Accounts</source>
        <translation>Λογαριασμοί</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Inbox</source>
        <translation>Εισερχόμενα</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Mine</source>
        <translation>Δικές μου</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Mine: assigned to me</source>
        <translation>Δικές μου: ανατεθειμένες σε μένα</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tags</source>
        <translation>Ετικέτες</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Saved searches</source>
        <translation>Αποθηκευμένες αναζητήσεις</translation>
    </message>
    <message>
        <location line="+93" />
        <source>Sign in again</source>
        <translation>Νέα σύνδεση</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sign in to %1 again</source>
        <translation>Συνδεθείτε ξανά στο %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 on %2 needs sign-in</source>
        <translation>Το %1 στο %2 χρειάζεται σύνδεση</translation>
    </message>
    <message>
        <location line="+8" />
        <source>last synced %1</source>
        <translation>τελευταίος συγχρονισμός %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not synced yet</source>
        <translation>δεν έχει συγχρονιστεί ακόμη</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: %2</source>
        <comment>a platform: the account&apos;s state</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1. %2</source>
        <comment>the account&apos;s state. what cannot be reached</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 on %2. %3</source>
        <translation>%1 στο %2. %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>＋ Add account…</source>
        <translation>＋ Νέος λογαριασμός…</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Saved search %1, %2 conversations</source>
        <translation>Αποθηκευμένη αναζήτηση %1, συνομιλίες: %2</translation>
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
        <location filename="../../desktop_inbox/ui/dialogs/snippets.py" line="+32" />
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
        <comment>keep {first_name} as it is: the customer&apos;s first name goes there</comment>
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
    <name>Status</name>
    <message>
        <location filename="../../desktop_inbox/services/signin/meta.py" line="+64" />
        <source>Added {handle} (account {account_id}).</source>
        <translation>Προστέθηκε ο λογαριασμός {handle} (λογαριασμός {account_id}).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>  {what}: works</source>
        <translation>  {what}: λειτουργεί</translation>
    </message>
    <message>
        <location line="+2" />
        <source>  {what}: {how}</source>
        <translation>  {what}: {how}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The token is valid until about {when}; Desktop Inbox renews it before then while it syncs (at least once every 50 days). If it lapses, generate a new one and add the account again.</source>
        <translation>Το διακριτικό ισχύει περίπου έως {when}· το Desktop Inbox το ανανεώνει πριν από τότε όσο συγχρονίζει (τουλάχιστον μία φορά κάθε 50 ημέρες). Αν λήξει, δημιουργήστε νέο και προσθέστε ξανά τον λογαριασμό.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>This token expires on {when}: generate a Page token that does not expire in your app&apos;s Messenger settings, and add the account again before then.</source>
        <translation>Αυτό το διακριτικό λήγει στις {when}: δημιουργήστε διακριτικό Σελίδας που δεν λήγει στις ρυθμίσεις Messenger της εφαρμογής σας και προσθέστε ξανά τον λογαριασμό πριν από τότε.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/services/status.py" line="+27" />
        <source>Not synced yet</source>
        <translation>Δεν έχει συγχρονιστεί ακόμη</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Connected</source>
        <translation>Συνδέθηκε</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Offline</source>
        <translation>Εκτός σύνδεσης</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Team server unreachable</source>
        <translation>Ο διακομιστής της ομάδας δεν είναι προσβάσιμος</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Trouble</source>
        <translation>Πρόβλημα</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keyring locked</source>
        <translation>Κλειδωμένη κλειδοθήκη</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Needs sign-in</source>
        <translation>Χρειάζεται σύνδεση</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Error</source>
        <translation>Σφάλμα</translation>
    </message>
    <message>
        <location line="+4" />
        <source>not synced yet</source>
        <translation>δεν έχει συγχρονιστεί ακόμη</translation>
    </message>
    <message>
        <location line="+1" />
        <source>connected</source>
        <translation>συνδέθηκε</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+9" />
        <source>offline</source>
        <translation>εκτός σύνδεσης</translation>
    </message>
    <message>
        <location line="-8" />
        <source>team server unreachable</source>
        <translation>ο διακομιστής της ομάδας δεν είναι προσβάσιμος</translation>
    </message>
    <message>
        <location line="+1" />
        <source>trouble</source>
        <translation>πρόβλημα</translation>
    </message>
    <message>
        <location line="+1" />
        <source>keyring locked</source>
        <translation>κλειδωμένη κλειδοθήκη</translation>
    </message>
    <message>
        <location line="+1" />
        <source>needs sign-in</source>
        <translation>χρειάζεται σύνδεση</translation>
    </message>
    <message>
        <location line="+1" />
        <source>error</source>
        <translation>σφάλμα</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the team server is unreachable</source>
        <translation>ο διακομιστής της ομάδας δεν είναι προσβάσιμος</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the keyring is locked</source>
        <translation>η κλειδοθήκη είναι κλειδωμένη</translation>
    </message>
    <message>
        <location line="+1" />
        <source>account needs sign-in</source>
        <translation>ο λογαριασμός χρειάζεται σύνδεση</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The account needs you to sign in again.</source>
        <translation>Ο λογαριασμός χρειάζεται να συνδεθείτε ξανά.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>{state}: {reason} (next try at {time:%H:%M})</source>
        <translation>{state}: {reason} (επόμενη προσπάθεια στις {time:%H:%M})</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{state}: {reason}</source>
        <translation>{state}: {reason}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{state} (next try at {time:%H:%M})</source>
        <translation>{state} (επόμενη προσπάθεια στις {time:%H:%M})</translation>
    </message>
    <message>
        <location line="+12" />
        <source>No accounts yet</source>
        <translation>Δεν υπάρχουν ακόμη λογαριασμοί</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Connecting…</source>
        <translation>Σύνδεση…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>● Online</source>
        <translation>● Σε σύνδεση</translation>
    </message>
    <message>
        <location line="+5" />
        <source>◐ Online — {failing} of {total} accounts cannot sync: {why}</source>
        <translation>◐ Σε σύνδεση — {failing} από {total} λογαριασμούς δεν συγχρονίζονται: {why}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>◐ Online — one account cannot sync: {why}</source>
        <translation>◐ Σε σύνδεση — ένας λογαριασμός δεν συγχρονίζεται: {why}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>⚠ Team server unreachable — replies wait in the outbox</source>
        <translation>⚠ Ο διακομιστής της ομάδας δεν είναι προσβάσιμος — οι απαντήσεις περιμένουν στα εξερχόμενα</translation>
    </message>
    <message>
        <location line="-21" />
        <source>⚠ Team server unreachable — reading your local copy</source>
        <translation>⚠ Ο διακομιστής της ομάδας δεν είναι προσβάσιμος — διαβάζετε το τοπικό σας αντίγραφο</translation>
    </message>
    <message>
        <location line="+23" />
        <source>○ Offline — replies wait in the outbox</source>
        <translation>○ Εκτός σύνδεσης — οι απαντήσεις περιμένουν στα εξερχόμενα</translation>
    </message>
    <message>
        <location line="+1" />
        <source>⚠ No account can sync ({why}) — replies wait in the outbox</source>
        <translation>⚠ Κανένας λογαριασμός δεν συγχρονίζεται ({why}) — οι απαντήσεις περιμένουν στα εξερχόμενα</translation>
    </message>
    <message>
        <location line="+16" />
        <source>late: it was to go at {time:%a %d %b %H:%M}; it goes with the next sync ({why})</source>
        <translation>καθυστέρηση: έπρεπε να φύγει στις {time:%d/%m %H:%M}· φεύγει με τον επόμενο συγχρονισμό ({why})</translation>
    </message>
    <message>
        <location line="+4" />
        <source>late: it was to go at {time:%a %d %b %H:%M}; it goes with the next sync</source>
        <translation>καθυστέρηση: έπρεπε να φύγει στις {time:%d/%m %H:%M}· φεύγει με τον επόμενο συγχρονισμό</translation>
    </message>
    <message>
        <location line="+3" />
        <source>scheduled for {time:%a %d %b %H:%M}</source>
        <translation>προγραμματισμένη για {time:%d/%m %H:%M}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not sent yet: {why}</source>
        <translation>δεν στάλθηκε ακόμη: {why}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>not sent yet: can be undone until {time:%H:%M:%S}</source>
        <translation>δεν στάλθηκε ακόμη: αναίρεση δυνατή έως τις {time:%H:%M:%S}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not sent yet: waiting for the next sync</source>
        <translation>δεν στάλθηκε ακόμη: περιμένει τον επόμενο συγχρονισμό</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/connectors/mastodon/listening.py" line="-28" />
        <source>Mastodon finds words only in public posts whose authors opted in to search; {host} searches its own and federated posts.</source>
        <translation>Το Mastodon βρίσκει λέξεις μόνο σε δημόσιες αναρτήσεις των οποίων οι συντάκτες δέχτηκαν να εμφανίζονται στην αναζήτηση· το {host} ψάχνει στις δικές του και στις ομοσπονδιακές αναρτήσεις.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Nothing found yet. {host} may offer no full-text search of posts (most Mastodon servers don&apos;t), and where it does, only posts whose authors opted in are found. #hashtags are heard everywhere.</source>
        <translation>Δεν βρέθηκε τίποτα ακόμη. Το {host} ίσως δεν προσφέρει αναζήτηση πλήρους κειμένου στις αναρτήσεις (οι περισσότεροι διακομιστές Mastodon δεν την προσφέρουν) και, όπου την προσφέρει, βρίσκονται μόνο αναρτήσεις των οποίων οι συντάκτες το δέχτηκαν. Τα #hashtags ακούγονται παντού.</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/services/signin/email.py" line="-22" />
        <source>signed in to {server}; Sent folder: {folder}</source>
        <translation>συνδέθηκε στο {server}· φάκελος απεσταλμένων: {folder}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>signed in to {server}; no Sent folder found</source>
        <translation>συνδέθηκε στο {server}· δεν βρέθηκε φάκελος απεσταλμένων</translation>
    </message>
    <message>
        <location line="+10" />
        <source>signed in to {server}</source>
        <translation>συνδέθηκε στο {server}</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/accounts.py" line="-185" />
        <source>{part} unavailable: {why}</source>
        <translation>{part} μη διαθέσιμα: {why}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>direct messages</source>
        <translation>προσωπικά μηνύματα</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/backup.py" line="-313" />
        <source>, with {files} media files ({size:.1f} MB)</source>
        <translation>, με αρχεία πολυμέσων: {files} ({size:.1f} MB)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>, without the {files} media files kept (the sync fetches them again)</source>
        <translation>, χωρίς τα αποθηκευμένα αρχεία πολυμέσων ({files}· ο συγχρονισμός τα ξαναφέρνει)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>, no media</source>
        <translation>, χωρίς πολυμέσα</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{file} ({when}, {messages} messages in {conversations} conversations, {accounts} account(s), {waiting} repl(y/ies) waiting, {size:.1f} MB{media}{encrypted})</source>
        <translation>{file} ({when}· μηνύματα: {messages}, συνομιλίες: {conversations}, λογαριασμοί: {accounts}, απαντήσεις σε αναμονή: {waiting}, {size:.1f} MB{media}{encrypted})</translation>
    </message>
    <message>
        <location line="+14" />
        <source>, encrypted</source>
        <translation>, κρυπτογραφημένο</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/store/merges.py" line="+71" />
        <source>one profile links to the other ({link})</source>
        <translation>το ένα προφίλ παραπέμπει στο άλλο ({link})</translation>
    </message>
    <message>
        <location line="+3" />
        <source>same user name ({name})</source>
        <translation>ίδιο όνομα χρήστη ({name})</translation>
    </message>
    <message>
        <location line="+3" />
        <source>same name ({name})</source>
        <translation>ίδιο όνομα ({name})</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/sync/status.py" line="+26" />
        <source>The keyring did not answer in time (is it locked?).</source>
        <translation>Η κλειδοθήκη δεν απάντησε εγκαίρως (μήπως είναι κλειδωμένη;).</translation>
    </message>
</context>
<context>
    <name>StorageDialog</name>
    <message>
        <location filename="../../desktop_inbox/ui/style.py" line="+10" />
        <source>%1 MB</source>
        <comment>megabytes</comment>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/ui/dialogs/storage.py" line="+35" />
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
        <source>The cache takes &lt;b&gt;%1&lt;/b&gt; for %2 in %3 with %4, and &lt;b&gt;%5&lt;/b&gt; of customers&apos; pictures (%6). Everything stays readable and searchable offline. Untick an account to keep no pictures of it (what it keeps is removed); each keeps at most its cap, the oldest pictures going first.</source>
        <comment>%1, %5: sizes; %2: &apos;n messages&apos;, %3: &apos;n conversations&apos;, %4: &apos;n customers&apos;, %6: &apos;n files&apos;</comment>
        <translation>Το τοπικό αντίγραφο πιάνει &lt;b&gt;%1&lt;/b&gt; για %2 σε %3 με %4, και &lt;b&gt;%5&lt;/b&gt; για εικόνες πελατών (%6). Όλα μένουν διαθέσιμα για ανάγνωση και αναζήτηση χωρίς σύνδεση. Ξετσεκάρετε έναν λογαριασμό για να μην κρατά εικόνες του (όσες έχει κρατήσει διαγράφονται)· κάθε λογαριασμός κρατά έως το όριό του, και φεύγουν πρώτες οι παλαιότερες εικόνες.</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln μήνυμα</numerusform>
            <numerusform>%Ln μηνύματα</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln conversation(s)</source>
        <translation>
            <numerusform>%Ln συνομιλία</numerusform>
            <numerusform>%Ln συνομιλίες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln πελάτη</numerusform>
            <numerusform>%Ln πελάτες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln αρχείο</numerusform>
            <numerusform>%Ln αρχεία</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+58" />
        <source>Forgot %Ln message(s).</source>
        <translation>
            <numerusform>Διαγράφηκε %Ln μήνυμα.</numerusform>
            <numerusform>Διαγράφηκαν %Ln μηνύματα.</numerusform>
        </translation>
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
        <source>Keep this account&apos;s customer pictures for offline reading</source>
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
        <translation>
            <numerusform>Ο/Η %1 απάντησε σε αυτόν τον πελάτη πριν από %n λεπτό.</numerusform>
            <numerusform>Ο/Η %1 απάντησε σε αυτόν τον πελάτη πριν από %n λεπτά.</numerusform>
        </translation>
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
        <location filename="../../desktop_inbox/ui/conversation/thread_view.py" line="+195" />
        <source>Conversation thread</source>
        <translation>Μηνύματα της συνομιλίας</translation>
    </message>
    <message>
        <location line="+201" />
        <source>Copy text</source>
        <translation>Αντιγραφή κειμένου</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Copy link</source>
        <translation>Αντιγραφή συνδέσμου</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/media_html.py" line="+27" />
        <source>picture</source>
        <translation>εικόνα</translation>
    </message>
    <message>
        <location line="+1" />
        <source>animation</source>
        <translation>κινούμενη εικόνα</translation>
    </message>
    <message>
        <location line="+1" />
        <source>video</source>
        <translation>βίντεο</translation>
    </message>
    <message>
        <location line="+1" />
        <source>sound</source>
        <translation>ήχος</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 not downloaded yet</source>
        <translation>%1: δεν έχει ληφθεί ακόμη</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 not kept (over this account&apos;s space for pictures)</source>
        <translation>%1: δεν διατηρήθηκε (ξεπερνά τον χώρο εικόνων αυτού του λογαριασμού)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 not shown: the file is not a picture that can be opened safely</source>
        <translation>%1: δεν εμφανίζεται· το αρχείο δεν είναι εικόνα που ανοίγει με ασφάλεια</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 could not be downloaded</source>
        <translation>%1: η λήψη δεν ήταν δυνατή</translation>
    </message>
    <message>
        <location line="+30" />
        <source>%1: %2</source>
        <comment>an attachment&apos;s kind: its description</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>open</source>
        <comment>a link: open the attachment</comment>
        <translation>άνοιγμα</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 not downloaded</source>
        <translation>%1: δεν έχει ληφθεί</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/thread_render.py" line="+27" />
        <source>public</source>
        <translation>δημόσια</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unlisted</source>
        <translation>μη καταχωρισμένη</translation>
    </message>
    <message>
        <location line="+1" />
        <source>followers only</source>
        <translation>μόνο για ακολούθους</translation>
    </message>
    <message>
        <location line="+1" />
        <source>direct message</source>
        <translation>προσωπικό μήνυμα</translation>
    </message>
    <message>
        <location line="+61" />
        <source>The platform refused this reply.</source>
        <translation>Η πλατφόρμα απέρριψε αυτή την απάντηση.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retry</source>
        <comment>a link: send a refused reply again</comment>
        <translation>Νέα προσπάθεια</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not sent: %1 %2 · %3</source>
        <comment>why; the links Retry and Cancel</comment>
        <translation>Δεν στάλθηκε: %1 %2 · %3</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server did not confirm it.</source>
        <translation>Ο διακομιστής δεν την επιβεβαίωσε.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>May have been sent: %1 It will not be sent again by itself; open the outbox to resend it or mark it as sent.</source>
        <translation>Ίσως στάλθηκε: %1 Δεν θα σταλεί ξανά από μόνη της· ανοίξτε τα εξερχόμενα για να τη στείλετε ξανά ή να τη σημειώσετε ως σταλμένη.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Sending…</source>
        <translation>Αποστολή…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Waiting to be sent</source>
        <translation>Περιμένει να σταλεί</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Scheduled for %1</source>
        <translation>Προγραμματίστηκε για %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last try: %1 — it will be sent again automatically.</source>
        <translation>Τελευταία προσπάθεια: %1 — θα σταλεί ξανά αυτόματα.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>file</source>
        <comment>an attachment</comment>
        <translation>αρχείο</translation>
    </message>
    <message>
        <location line="+25" />
        <source>open in browser</source>
        <translation>άνοιγμα στον περιηγητή</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cancel</source>
        <comment>a link: take back a reply waiting to go out</comment>
        <translation>Ακύρωση</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <location filename="../../desktop_inbox/ui/style.py" line="+27" />
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
        <comment>a day on a chart&apos;s axis (Qt date format)</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <location filename="../../desktop_inbox/ui/conversation/thread_render.py" line="-9" />
        <source>dd MMM yyyy, HH:mm</source>
        <comment>a day in another year and its time (Qt date format)</comment>
        <translation>d MMM yyyy, HH:mm</translation>
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
        <comment>a month&apos;s name and how many messages it holds</comment>
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
        <comment>a month&apos;s heading: the month&apos;s name, the year</comment>
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
        <comment>a platform&apos;s direct messages</comment>
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
        <location filename="../../desktop_inbox/ui/tray.py" line="+50" />
        <source>Show Desktop Inbox</source>
        <translation>Εμφάνιση του Desktop Inbox</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Quit</source>
        <translation>Έξοδος</translation>
    </message>
    <message numerus="yes">
        <location line="+25" />
        <source>%1: %Ln customer(s) waiting for an answer</source>
        <translation>
            <numerusform>%1: %Ln πελάτης περιμένει απάντηση</numerusform>
            <numerusform>%1: %Ln πελάτες περιμένουν απάντηση</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: nobody waiting</source>
        <translation>%1: δεν περιμένει κανείς</translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <location filename="../../desktop_inbox/ui/mainwindow/dialogs.py" line="+211" />
        <source>Search for something first; then export the results.</source>
        <translation>Αναζητήστε πρώτα κάτι και μετά εξαγάγετε τα αποτελέσματα.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Open a conversation first.</source>
        <translation>Ανοίξτε πρώτα μια συνομιλία.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Export</source>
        <translation>Εξαγωγή</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Type a search first.</source>
        <translation>Πληκτρολογήστε πρώτα μια αναζήτηση.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Save search</source>
        <translation>Αποθήκευση αναζήτησης</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name for “%1”:</source>
        <translation>Όνομα για «%1»:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The cache of your conversations is damaged.</source>
        <translation>Το τοπικό αντίγραφο των συνομιλιών σας έχει καταστραφεί.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1

The earlier backups were kept. Quit and start %2 again: it offers to restore the latest good one.</source>
        <translation>%1

Τα προηγούμενα αντίγραφα ασφαλείας διατηρήθηκαν. Κλείστε και ανοίξτε ξανά το %2: θα σας προτείνει να επαναφέρετε το πιο πρόσφατο σωστό.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Keyboard shortcuts</source>
        <translation>Συντομεύσεις πληκτρολογίου</translation>
    </message>
</context>
<context>
    <name>XPage</name>
    <message>
        <location filename="../../desktop_inbox/ui/signin/x.py" line="+31" />
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
        <source>Paste your X app&apos;s OAuth 2.0 Client ID (developer.x.com → your app → Keys and tokens).</source>
        <translation>Επικολλήστε το OAuth 2.0 Client ID της εφαρμογής σας στο X (developer.x.com → η εφαρμογή σας → Keys and tokens).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Preparing the sign-in…</source>
        <translation>Προετοιμασία σύνδεσης…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Waiting for you to authorise your app on X in the browser… &lt;a href=&quot;%1&quot;&gt;Open the page again&lt;/a&gt;</source>
        <translation>Περιμένουμε να εξουσιοδοτήσετε την εφαρμογή σας στο X, στον περιηγητή… &lt;a href=&quot;%1&quot;&gt;Άνοιγμα της σελίδας ξανά&lt;/a&gt;</translation>
    </message>
</context>
</TS>
