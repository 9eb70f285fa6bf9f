<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_RW">
  <context>
    <name />
    <message>
      <source>{ward}, bed {bed}</source>
      <translation>{ward}, lit {bed}</translation>
    </message>
    <message>
      <source>Pickup</source>
      <translation>À emporter</translation>
    </message>
    <message>
      <source>Paid by the company</source>
      <translation>Payé par l'entreprise</translation>
    </message>
    <message>
      <source>Paid by the customer</source>
      <translation>Payé par le client</translation>
    </message>
    <message>
      <source>Hospital meals&lt;br&gt;Amounts in RWF</source>
      <translation>Repas de l'hôpital&lt;br&gt;Montants en RWF</translation>
    </message>
    <message>
      <source>Order &lt;b&gt;{number}&lt;/b&gt;&lt;br&gt;{when}&lt;br&gt;Customer: {customer}&lt;br&gt;{where}&lt;br&gt;Served by: {staff}</source>
      <translation>Commande &lt;b&gt;{number}&lt;/b&gt;&lt;br&gt;{when}&lt;br&gt;Client : {customer}&lt;br&gt;{where}&lt;br&gt;Servi par : {staff}</translation>
    </message>
    <message>
      <source>Subtotal</source>
      <translation>Sous-total</translation>
    </message>
    <message>
      <source>Murakoze! Thank you.</source>
      <translation>Murakoze ! Merci.</translation>
    </message>
    <message>
      <source>Cancelled: {reason}</source>
      <translation>Annulée : {reason}</translation>
    </message>
    <message>
      <source>Charged to {patient}'s account ({ward}, bed {bed})</source>
      <translation>Mis sur le compte de {patient} ({ward}, lit {bed})</translation>
    </message>
    <message>
      <source>settled at discharge:</source>
      <translation>réglé à la sortie :</translation>
    </message>
    <message>
      <source>Refund — {method}</source>
      <translation>Remboursement — {method}</translation>
    </message>
    <message>
      <source>ref. {reference}</source>
      <translation>réf. {reference}</translation>
    </message>
    <message>
      <source>Cash received</source>
      <translation>Espèces reçues</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Monnaie rendue</translation>
    </message>
    <message>
      <source>Receipt {number}</source>
      <translation>Reçu {number}</translation>
    </message>
    <message>
      <source>Print receipt {number}</source>
      <translation>Imprimer le reçu {number}</translation>
    </message>
    <message>
      <source>Cash</source>
      <translation>Espèces</translation>
    </message>
    <message>
      <source>Credit</source>
      <translation>Crédit</translation>
    </message>
    <message>
      <source>Cash/Credit</source>
      <translation>Espèces/crédit</translation>
    </message>
    <message>
      <source>Card</source>
      <translation>Carte</translation>
    </message>
    <message>
      <source>Mobile money</source>
      <translation>Mobile Money</translation>
    </message>
    <message>
      <source>Z REPORT</source>
      <translation>RAPPORT Z</translation>
    </message>
    <message>
      <source>X REPORT — shift so far</source>
      <translation>RAPPORT X — poste en cours</translation>
    </message>
    <message>
      <source>FORCED</source>
      <translation>FORCÉ</translation>
    </message>
    <message>
      <source>Desk: {desk}&lt;br&gt;Opened {opened} by {by}&lt;br&gt;{closed}Status: {state}&lt;br&gt;Printed {now}</source>
      <translation>Caisse : {desk}&lt;br&gt;Ouvert le {opened} par {by}&lt;br&gt;{closed}État : {state}&lt;br&gt;Imprimé le {now}</translation>
    </message>
    <message>
      <source>Closed {at} by {by}&lt;br&gt;</source>
      <translation>Fermé le {at} par {by}&lt;br&gt;</translation>
    </message>
    <message>
      <source>Expected</source>
      <translation>Attendu</translation>
    </message>
    <message>
      <source>Counted</source>
      <translation>Compté</translation>
    </message>
    <message>
      <source>Variance</source>
      <translation>Écart</translation>
    </message>
    <message>
      <source>EBM fiscal receipts</source>
      <translation>Reçus fiscaux EBM</translation>
    </message>
    <message>
      <source>Variance reason</source>
      <translation>Motif de l'écart</translation>
    </message>
    <message>
      <source>Sales by tender</source>
      <translation>Ventes par mode de paiement</translation>
    </message>
    <message>
      <source>Total sales</source>
      <translation>Total des ventes</translation>
    </message>
    <message>
      <source>Discounts given</source>
      <translation>Remises accordées</translation>
    </message>
    <message>
      <source>Sales by channel</source>
      <translation>Ventes par canal</translation>
    </message>
    <message>
      <source>Money given back</source>
      <translation>Argent rendu</translation>
    </message>
    <message>
      <source>Cancelled orders</source>
      <translation>Commandes annulées</translation>
    </message>
    <message>
      <source>Refunded orders</source>
      <translation>Commandes remboursées</translation>
    </message>
    <message>
      <source>Total given back</source>
      <translation>Total rendu</translation>
    </message>
    <message>
      <source>Drawer</source>
      <translation>Tiroir-caisse</translation>
    </message>
    <message>
      <source>Opening float</source>
      <translation>Fond de caisse</translation>
    </message>
    <message>
      <source>Paid in</source>
      <translation>Entrées de caisse</translation>
    </message>
    <message>
      <source>Paid out</source>
      <translation>Sorties de caisse</translation>
    </message>
    <message>
      <source>Cash drops</source>
      <translation>Dépôts au coffre</translation>
    </message>
    <message>
      <source>Total variance</source>
      <translation>Écart total</translation>
    </message>
    <message>
      <source>Amounts in RWF</source>
      <translation>Montants en RWF</translation>
    </message>
    <message>
      <source>Signature of the cashier</source>
      <translation>Signature du caissier</translation>
    </message>
    <message>
      <source>FISCAL Z REPORT</source>
      <translation>RAPPORT Z FISCAL</translation>
    </message>
    <message>
      <source>FISCAL X REPORT — day so far</source>
      <translation>RAPPORT X FISCAL — journée en cours</translation>
    </message>
    <message>
      <source>Receipts</source>
      <translation>Reçus</translation>
    </message>
    <message>
      <source>Total {type}-{rate}</source>
      <translation>Total {type}-{rate}</translation>
    </message>
    <message>
      <source>Client TIN: {tin}</source>
      <translation>NIF du client : {tin}</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>Taxable {type} / tax</source>
      <translation>Imposable {type} / taxe</translation>
    </message>
    <message>
      <source>Waiting for the controller</source>
      <translation>En attente du contrôleur</translation>
    </message>
    <message>
      <source>Rejected by the controller</source>
      <translation>Refusés par le contrôleur</translation>
    </message>
    <message>
      <source>Copies printed</source>
      <translation>Copies imprimées</translation>
    </message>
    <message>
      <source>Total tax {type}</source>
      <translation>Total taxe {type}</translation>
    </message>
    <message>
      <source>REFUND</source>
      <translation>REMBOURSEMENT</translation>
    </message>
    <message>
      <source>Ref. normal receipt: {number}</source>
      <translation>Réf. reçu normal : {number}</translation>
    </message>
    <message>
      <source>Copy of receipt {number}</source>
      <translation>Copie du reçu {number}</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>Commande</translation>
    </message>
    <message>
      <source>TOTAL</source>
      <translation>TOTAL</translation>
    </message>
    <message>
      <source>Total tax</source>
      <translation>Total taxe</translation>
    </message>
    <message>
      <source>Payment</source>
      <translation>Paiement</translation>
    </message>
    <message>
      <source>Z report</source>
      <translation>Rapport Z</translation>
    </message>
    <message>
      <source>X report</source>
      <translation>Rapport X</translation>
    </message>
    <message>
      <source>bed {bed}</source>
      <translation>lit {bed}</translation>
    </message>
    <message>
      <source>guest meal</source>
      <translation>repas d'invité</translation>
    </message>
    <message>
      <source>LATE TRAY</source>
      <translation>PLATEAU EN RETARD</translation>
    </message>
    <message>
      <source>Diet: {diet}</source>
      <translation>Régime : {diet}</translation>
    </message>
    <message>
      <source>Texture: {texture} · Drinks: {drink}</source>
      <translation>Texture : {texture} · Boissons : {drink}</translation>
    </message>
    <message>
      <source>ALLERGENS: {list}</source>
      <translation>ALLERGÈNES : {list}</translation>
    </message>
    <message>
      <source>Notes: {notes}</source>
      <translation>Remarques : {notes}</translation>
    </message>
    <message>
      <source>Dishes: {dishes}</source>
      <translation>Plats : {dishes}</translation>
    </message>
    <message>
      <source>Deliver by {time}</source>
      <translation>À livrer avant {time}</translation>
    </message>
    <message>
      <source>No trays for this meal.</source>
      <translation>Aucun plateau pour ce repas.</translation>
    </message>
    <message>
      <source>Ward round — {meal} {day}</source>
      <translation>Tournée du service — {meal} {day}</translation>
    </message>
    <message>
      <source>{ward}: orders close {time}</source>
      <translation>{ward} : commandes closes à {time}</translation>
    </message>
    <message>
      <source>Ward / bed</source>
      <translation>Service / lit</translation>
    </message>
    <message>
      <source>Patient</source>
      <translation>Patient</translation>
    </message>
    <message>
      <source>Diet</source>
      <translation>Régime</translation>
    </message>
    <message>
      <source>Texture / drinks</source>
      <translation>Texture / boissons</translation>
    </message>
    <message>
      <source>Allergens</source>
      <translation>Allergènes</translation>
    </message>
    <message>
      <source>Ordered</source>
      <translation>Commandé</translation>
    </message>
    <message>
      <source>NPO {until}</source>
      <translation>À jeun {until}</translation>
    </message>
    <message>
      <source>NO ORDER YET</source>
      <translation>PAS ENCORE DE COMMANDE</translation>
    </message>
    <message>
      <source>call first (high risk)</source>
      <translation>appeler d'abord (risque élevé)</translation>
    </message>
    <message numerus="yes">
      <source>+ %n guest tray(s)</source>
      <translation>
        <numerusform>+ %n plateau d'invité</numerusform>
        <numerusform>+ %n plateaux d'invité</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n patient(s) · {missing} without an order · ⚠ = high-risk diet: call before the cut-off</source>
      <translation>
        <numerusform>%n patient · {missing} sans commande · ⚠ = régime à risque : appeler avant l'heure limite</numerusform>
        <numerusform>%n patients · {missing} sans commande · ⚠ = régime à risque : appeler avant l'heure limite</numerusform>
      </translation>
    </message>
    <message>
      <source>Tray tickets</source>
      <translation>Étiquettes de plateau</translation>
    </message>
    <message>
      <source>Ward round</source>
      <translation>Tournée du service</translation>
    </message>
    <message>
      <source>Guest: {name}</source>
      <translation>Invité : {name}</translation>
    </message>
    <message>
      <source>Patient's own meal</source>
      <translation>Repas du patient</translation>
    </message>
    <message>
      <source>Settlement &lt;b&gt;S-{number}&lt;/b&gt;&lt;br&gt;{when}&lt;br&gt;Patient: {patient} ({reference})&lt;br&gt;{ward}, bed {bed}&lt;br&gt;Settled at discharge by: {staff}</source>
      <translation>Règlement &lt;b&gt;S-{number}&lt;/b&gt;&lt;br&gt;{when}&lt;br&gt;Patient : {patient} ({reference})&lt;br&gt;{ward}, lit {bed}&lt;br&gt;Réglé à la sortie par : {staff}</translation>
    </message>
    <message>
      <source>Meals charged to the patient's account&lt;br&gt;Amounts in RWF</source>
      <translation>Repas mis sur le compte du patient&lt;br&gt;Montants en RWF</translation>
    </message>
    <message>
      <source>Settlement</source>
      <translation>Règlement</translation>
    </message>
    <message>
      <source>Statement for {month}</source>
      <translation>Relevé de {month}</translation>
    </message>
    <message>
      <source>Orders placed under the partner's contracts in the month (hospital time), excluding cancelled and refunded orders. Amounts in RWF.</source>
      <translation>Commandes passées dans le cadre des contrats du partenaire pendant le mois (heure de l'hôpital), hors commandes annulées et remboursées. Montants en RWF.</translation>
    </message>
    <message>
      <source>Employee no.</source>
      <translation>N° d'employé</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Orders</source>
      <translation>Commandes</translation>
    </message>
    <message>
      <source>Owed by the company</source>
      <translation>Dû par l'entreprise</translation>
    </message>
    <message>
      <source>Paid by the employee</source>
      <translation>Payé par l'employé</translation>
    </message>
  </context>
  <context>
    <name>AccountPage</name>
    <message>
      <source>&amp;Language of my screens</source>
      <translation>&amp;Langue de mes écrans</translation>
    </message>
    <message>
      <source>&amp;Current password</source>
      <translation>Mot de passe a&amp;ctuel</translation>
    </message>
    <message>
      <source>&amp;New password</source>
      <translation>&amp;Nouveau mot de passe</translation>
    </message>
    <message>
      <source>Con&amp;firm new password</source>
      <translation>Con&amp;firmer le nouveau mot de passe</translation>
    </message>
    <message>
      <source>Change password</source>
      <translation>Changer le mot de passe</translation>
    </message>
    <message>
      <source>Change your password</source>
      <translation>Changer votre mot de passe</translation>
    </message>
    <message>
      <source>The two new passwords differ.</source>
      <translation>Les deux nouveaux mots de passe diffèrent.</translation>
    </message>
    <message>
      <source>Your password was changed.</source>
      <translation>Votre mot de passe a été changé.</translation>
    </message>
  </context>
  <context>
    <name>AddonDialog</name>
    <message>
      <source>Add-on for {0}</source>
      <translation>Supplément pour {0}</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>&amp;Nom</translation>
    </message>
    <message>
      <source>P&amp;ricing</source>
      <translation>Ta&amp;rification</translation>
    </message>
    <message>
      <source>&amp;Price (RWF)</source>
      <translation>&amp;Prix (RWF)</translation>
    </message>
  </context>
  <context>
    <name>AdmissionsTab</name>
    <message>
      <source>All wards</source>
      <translation>Tous les services</translation>
    </message>
    <message>
      <source>Ward</source>
      <translation>Service</translation>
    </message>
    <message>
      <source>Bed</source>
      <translation>Lit</translation>
    </message>
    <message>
      <source>Patient</source>
      <translation>Patient</translation>
    </message>
    <message>
      <source>Admitted</source>
      <translation>Admis</translation>
    </message>
    <message>
      <source>Choose a patient to see the diet order.</source>
      <translation>Choisissez un patient pour voir la prescription diététique.</translation>
    </message>
    <message>
      <source>&amp;Admit…</source>
      <translation>&amp;Admettre…</translation>
    </message>
    <message>
      <source>&amp;Transfer…</source>
      <translation>&amp;Transférer…</translation>
    </message>
    <message>
      <source>&amp;Discharge…</source>
      <translation>&amp;Sortie…</translation>
    </message>
    <message>
      <source>Diet &amp;order…</source>
      <translation>&amp;Prescription diététique…</translation>
    </message>
    <message>
      <source>regular</source>
      <translation>normal</translation>
    </message>
    <message>
      <source>Diet: {diets}</source>
      <translation>Régime : {diets}</translation>
    </message>
    <message>
      <source>Texture: {t} · drinks: {d}</source>
      <translation>Texture : {t} · boissons : {d}</translation>
    </message>
    <message>
      <source>NPO until {until} ({reason})</source>
      <translation>À jeun jusqu'à {until} ({reason})</translation>
    </message>
    <message>
      <source>Allergens: {list}</source>
      <translation>Allergènes : {list}</translation>
    </message>
    <message>
      <source>Written by {who}, {when}</source>
      <translation>Rédigé par {who}, {when}</translation>
    </message>
    <message>
      <source>{patient} admitted to {place}.</source>
      <translation>{patient} admis(e) en {place}.</translation>
    </message>
    <message>
      <source>{patient} moved to {place}; pending trays follow.</source>
      <translation>{patient} transféré(e) en {place} ; les plateaux en attente suivent.</translation>
    </message>
    <message>
      <source>{patient} discharged.</source>
      <translation>{patient} est sorti(e).</translation>
    </message>
    <message>
      <source>Diet order saved.</source>
      <translation>Prescription diététique enregistrée.</translation>
    </message>
  </context>
  <context>
    <name>AdmitDialog</name>
    <message>
      <source>Admit a patient</source>
      <translation>Admettre un patient</translation>
    </message>
    <message>
      <source>Admit</source>
      <translation>Admettre</translation>
    </message>
    <message>
      <source>Patient</source>
      <translation>Patient</translation>
    </message>
    <message>
      <source>Ward</source>
      <translation>Service</translation>
    </message>
    <message>
      <source>Bed</source>
      <translation>Lit</translation>
    </message>
    <message>
      <source>Guest trays a meal on account</source>
      <translation>Plateaux d'invité par repas, sur le compte</translation>
    </message>
    <message>
      <source>Find the patient first.</source>
      <translation>Trouvez d'abord le patient.</translation>
    </message>
  </context>
  <context>
    <name>ApproveLateDialog</name>
    <message>
      <source>Approve late tray {number}</source>
      <translation>Approuver le plateau en retard {number}</translation>
    </message>
    <message>
      <source>Approve</source>
      <translation>Approuver</translation>
    </message>
    <message>
      <source>For</source>
      <translation>Pour</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Motif</translation>
    </message>
  </context>
  <context>
    <name>AuditPage</name>
    <message>
      <source>{who} placed order {record} ({total_rwf})</source>
      <translation>{who} a passé la commande {record} ({total_rwf})</translation>
    </message>
    <message>
      <source>Order {record} moved from {old} to {new} by {who}</source>
      <translation>Commande {record} passée de {old} à {new} par {who}</translation>
    </message>
    <message>
      <source>Order {record} cancelled by {who}: {reason}</source>
      <translation>Commande {record} annulée par {who} : {reason}</translation>
    </message>
    <message>
      <source>Order {record} refunded by {who}: {reason}</source>
      <translation>Commande {record} remboursée par {who} : {reason}</translation>
    </message>
    <message>
      <source>Order {record} placed by {who} despite a warning: {reason}</source>
      <translation>Commande {record} passée par {who} malgré un avertissement : {reason}</translation>
    </message>
    <message>
      <source>{who} registered {record} as {kind}</source>
      <translation>{who} a enregistré {record} comme {kind}</translation>
    </message>
    <message>
      <source>{who} changed {fields} of {record}</source>
      <translation>{who} a modifié {fields} de {record}</translation>
    </message>
    <message>
      <source>{who} signed in</source>
      <translation>{who} s'est connecté(e)</translation>
    </message>
    <message>
      <source>Wrong password for “{username}”</source>
      <translation>Mot de passe erroné pour « {username} »</translation>
    </message>
    <message>
      <source>{record} tried to sign in while locked out</source>
      <translation>{record} a tenté de se connecter alors que le compte était verrouillé</translation>
    </message>
    <message>
      <source>{record} tried to sign in while deactivated</source>
      <translation>{record} a tenté de se connecter alors que le compte était désactivé</translation>
    </message>
    <message>
      <source>{record} locked out after five wrong passwords</source>
      <translation>{record} verrouillé(e) après cinq mots de passe erronés</translation>
    </message>
    <message>
      <source>{record} was created as the first administrator</source>
      <translation>{record} a été créé(e) comme premier administrateur</translation>
    </message>
    <message>
      <source>{who} created the account of {record} ({role})</source>
      <translation>{who} a créé le compte de {record} ({role})</translation>
    </message>
    <message>
      <source>{who} changed the role of {record} from {old} to {new}</source>
      <translation>{who} a changé le rôle de {record} de {old} à {new}</translation>
    </message>
    <message>
      <source>{who} reset the password of {record}</source>
      <translation>{who} a réinitialisé le mot de passe de {record}</translation>
    </message>
    <message>
      <source>{who} unlocked {record}</source>
      <translation>{who} a déverrouillé {record}</translation>
    </message>
    <message>
      <source>{who} deactivated {record}</source>
      <translation>{who} a désactivé {record}</translation>
    </message>
    <message>
      <source>{who} reactivated {record}</source>
      <translation>{who} a réactivé {record}</translation>
    </message>
    <message>
      <source>{who} chose to work in {language}</source>
      <translation>{who} a choisi de travailler en {language}</translation>
    </message>
    <message>
      <source>{who} chose a new password</source>
      <translation>{who} a choisi un nouveau mot de passe</translation>
    </message>
    <message>
      <source>The password of {record} was stored with today's stronger hash</source>
      <translation>Le mot de passe de {record} a été enregistré avec le hachage renforcé actuel</translation>
    </message>
    <message>
      <source>{who} opened ticket {record} ({priority})</source>
      <translation>{who} a ouvert le ticket {record} ({priority})</translation>
    </message>
    <message>
      <source>{who} assigned ticket {record}</source>
      <translation>{who} a attribué le ticket {record}</translation>
    </message>
    <message>
      <source>Ticket {record} moved from {old} to {new} by {who}</source>
      <translation>Ticket {record} passé de {old} à {new} par {who}</translation>
    </message>
    <message>
      <source>{who} changed the priority of ticket {record} from {old} to {new}</source>
      <translation>{who} a changé la priorité du ticket {record} de {old} à {new}</translation>
    </message>
    <message>
      <source>{who} subscribed {record} to {plan}</source>
      <translation>{who} a abonné {record} à {plan}</translation>
    </message>
    <message>
      <source>{who} paused the subscription of {record}</source>
      <translation>{who} a suspendu l'abonnement de {record}</translation>
    </message>
    <message>
      <source>{who} resumed the subscription of {record}</source>
      <translation>{who} a repris l'abonnement de {record}</translation>
    </message>
    <message>
      <source>{who} cancelled the subscription of {record}: {reason}</source>
      <translation>{who} a résilié l'abonnement de {record} : {reason}</translation>
    </message>
    <message>
      <source>{who} charged {charges} subscription periods</source>
      <translation>{who} a facturé {charges} périodes d'abonnement</translation>
    </message>
    <message>
      <source>{who} booked a consultation for {record} with {nutritionist}</source>
      <translation>{who} a réservé une consultation pour {record} avec {nutritionist}</translation>
    </message>
    <message>
      <source>{who} moved the consultation of {record}</source>
      <translation>{who} a déplacé la consultation de {record}</translation>
    </message>
    <message>
      <source>{who} cancelled the consultation of {record}: {reason}</source>
      <translation>{who} a annulé la consultation de {record} : {reason}</translation>
    </message>
    <message>
      <source>{who} marked the consultation of {record} completed</source>
      <translation>{who} a marqué la consultation de {record} comme terminée</translation>
    </message>
    <message>
      <source>{who} marked {record} as not come to the consultation</source>
      <translation>{who} a noté que {record} n'est pas venu(e) à la consultation</translation>
    </message>
    <message>
      <source>{who} opened a {category} meal plan for {record}</source>
      <translation>{who} a ouvert un plan alimentaire {category} pour {record}</translation>
    </message>
    <message>
      <source>The meal plan of {record} moved to {new} by {who}</source>
      <translation>Le plan alimentaire de {record} est passé à {new} par {who}</translation>
    </message>
    <message>
      <source>{who} logged catering request {record} (estimate {estimate_rwf})</source>
      <translation>{who} a enregistré la demande traiteur {record} (estimation {estimate_rwf})</translation>
    </message>
    <message>
      <source>Catering request {record} quoted by {who} ({quoted_price_rwf})</source>
      <translation>Demande traiteur {record} chiffrée par {who} ({quoted_price_rwf})</translation>
    </message>
    <message>
      <source>Catering request {record} confirmed by {who}</source>
      <translation>Demande traiteur {record} confirmée par {who}</translation>
    </message>
    <message>
      <source>Catering request {record} completed by {who}</source>
      <translation>Demande traiteur {record} terminée par {who}</translation>
    </message>
    <message>
      <source>Catering request {record} cancelled by {who}</source>
      <translation>Demande traiteur {record} annulée par {who}</translation>
    </message>
    <message>
      <source>{who} saved the dish {record} ({price_rwf})</source>
      <translation>{who} a enregistré le plat {record} ({price_rwf})</translation>
    </message>
    <message>
      <source>{who} set whether {record} is available</source>
      <translation>{who} a indiqué si {record} est disponible</translation>
    </message>
    <message>
      <source>{who} saved the corporate partner {record}</source>
      <translation>{who} a enregistré le partenaire d'entreprise {record}</translation>
    </message>
    <message>
      <source>{who} changed {fields} of the corporate partner {record}</source>
      <translation>{who} a modifié {fields} du partenaire d'entreprise {record}</translation>
    </message>
    <message>
      <source>{who} saved the contract {record}</source>
      <translation>{who} a enregistré le contrat {record}</translation>
    </message>
    <message>
      <source>{who} enrolled employee {record}</source>
      <translation>{who} a inscrit l'employé {record}</translation>
    </message>
    <message>
      <source>{who} imported {rows} employees for {record}</source>
      <translation>{who} a importé {rows} employés pour {record}</translation>
    </message>
    <message>
      <source>{who} imported {orders} orders from {file}</source>
      <translation>{who} a importé {orders} commandes depuis {file}</translation>
    </message>
    <message>
      <source>{who} imported {rows} revenue targets from {file}</source>
      <translation>{who} a importé {rows} objectifs de chiffre d'affaires depuis {file}</translation>
    </message>
    <message>
      <source>{who} set the weekly hours of {record}</source>
      <translation>{who} a défini les horaires hebdomadaires de {record}</translation>
    </message>
    <message>
      <source>{who} added time off for {record}</source>
      <translation>{who} a ajouté un congé pour {record}</translation>
    </message>
    <message>
      <source>{who} saved the meal package {record}</source>
      <translation>{who} a enregistré la formule repas {record}</translation>
    </message>
    <message>
      <source>{who} saved the catering package {record} ({price_per_person_rwf} per person)</source>
      <translation>{who} a enregistré la formule traiteur {record} ({price_per_person_rwf} par personne)</translation>
    </message>
    <message>
      <source>{who} saved the add-on {addon} ({price_rwf}) of the catering package {record}</source>
      <translation>{who} a enregistré le supplément {addon} ({price_rwf}) de la formule traiteur {record}</translation>
    </message>
    <message>
      <source>{who} marked employee {record} as having left</source>
      <translation>{who} a indiqué que l'employé {record} est parti</translation>
    </message>
    <message>
      <source>{who} marked employee {record} as back</source>
      <translation>{who} a indiqué que l'employé {record} est revenu</translation>
    </message>
    <message>
      <source>{who} admitted {record} to {ward}, bed {bed}</source>
      <translation>{who} a admis {record} au service {ward}, lit {bed}</translation>
    </message>
    <message>
      <source>{who} moved {record} to {ward}, bed {bed}</source>
      <translation>{who} a transféré {record} au service {ward}, lit {bed}</translation>
    </message>
    <message>
      <source>{who} discharged {record} ({settled_rwf} settled)</source>
      <translation>{who} a fait sortir {record} ({settled_rwf} réglés)</translation>
    </message>
    <message>
      <source>Order {record} placed by {who} outside the patient's diet order: {reason}</source>
      <translation>Commande {record} passée par {who} hors de la prescription diététique du patient : {reason}</translation>
    </message>
    <message>
      <source>{who} ordered a late tray for {record}: {reason}</source>
      <translation>{who} a commandé un plateau en retard pour {record} : {reason}</translation>
    </message>
    <message>
      <source>{who} approved the late tray of {record}</source>
      <translation>{who} a approuvé le plateau en retard de {record}</translation>
    </message>
    <message>
      <source>{who} refused the late tray of {record}: {reason}</source>
      <translation>{who} a refusé le plateau en retard de {record} : {reason}</translation>
    </message>
    <message>
      <source>{who} confirmed a second tray for {record} at the same meal: {reason}</source>
      <translation>{who} a confirmé un second plateau pour {record} au même repas : {reason}</translation>
    </message>
    <message>
      <source>The tray of {record} marked {new} by {who}</source>
      <translation>Plateau de {record} marqué {new} par {who}</translation>
    </message>
    <message>
      <source>{who} set the IDDSI levels {record} is served at</source>
      <translation>{who} a fixé les niveaux IDDSI auxquels {record} est servi</translation>
    </message>
    <message>
      <source>{who} set the textures {record} can be served at</source>
      <translation>{who} a fixé les textures auxquelles {record} peut être servi</translation>
    </message>
    <message>
      <source>{who} set {record} to be served {serves_from}–{serves_until}, ordered until {cutoff}</source>
      <translation>{who} a fixé le service de {record} de {serves_from} à {serves_until}, commandes jusqu'à {cutoff}</translation>
    </message>
    <message>
      <source>{who} set the {meal} order cut-off of {record} to {cutoff}</source>
      <translation>{who} a fixé la clôture des commandes du {meal} de {record} à {cutoff}</translation>
    </message>
    <message>
      <source>{who} saved the ward {record}</source>
      <translation>{who} a enregistré le service {record}</translation>
    </message>
    <message>
      <source>{who} opened shift {record} at {desk} with a float of {opening_float_rwf}</source>
      <translation>{who} a ouvert le poste {record} à {desk} avec un fonds de caisse de {opening_float_rwf}</translation>
    </message>
    <message>
      <source>{who} counted the drawer of shift {record} (variance {variance_rwf})</source>
      <translation>{who} a compté le tiroir du poste {record} (écart {variance_rwf})</translation>
    </message>
    <message>
      <source>{who} approved a variance of {variance_rwf} on shift {record}: {reason}</source>
      <translation>{who} a approuvé un écart de {variance_rwf} sur le poste {record} : {reason}</translation>
    </message>
    <message>
      <source>{who} force-closed shift {record} at {desk}: {reason}</source>
      <translation>{who} a clôturé d'office le poste {record} à {desk} : {reason}</translation>
    </message>
    <message>
      <source>{who} set the till's variance threshold to {variance_threshold_rwf}</source>
      <translation>{who} a fixé le seuil d'écart de la caisse à {variance_threshold_rwf}</translation>
    </message>
    <message>
      <source>{who} saved the statement columns of {record}</source>
      <translation>{who} a enregistré les colonnes du relevé de {record}</translation>
    </message>
    <message>
      <source>{who} reconciled the {provider} statement {file}</source>
      <translation>{who} a rapproché le relevé {provider} {file}</translation>
    </message>
    <message>
      <source>{who} resolved a statement line ({resolution}): {note}</source>
      <translation>{who} a traité une ligne du relevé ({resolution}) : {note}</translation>
    </message>
    <message>
      <source>{who} configured the fiscal device at {url} ({mode})</source>
      <translation>{who} a configuré le dispositif fiscal à {url} ({mode})</translation>
    </message>
    <message>
      <source>The controller refused fiscal receipt {record}: {error}</source>
      <translation>Le contrôleur a refusé le reçu fiscal {record} : {error}</translation>
    </message>
    <message>
      <source>{who} printed a copy of fiscal receipt {record}</source>
      <translation>{who} a imprimé une copie du reçu fiscal {record}</translation>
    </message>
    <message>
      <source>order</source>
      <translation>commande</translation>
    </message>
    <message>
      <source>customer</source>
      <translation>client</translation>
    </message>
    <message>
      <source>ticket</source>
      <translation>ticket</translation>
    </message>
    <message>
      <source>account</source>
      <translation>compte</translation>
    </message>
    <message>
      <source>nutritionist</source>
      <translation>nutritionniste</translation>
    </message>
    <message>
      <source>catering request</source>
      <translation>demande traiteur</translation>
    </message>
    <message>
      <source>catering package</source>
      <translation>formule traiteur</translation>
    </message>
    <message>
      <source>corporate partner</source>
      <translation>partenaire d'entreprise</translation>
    </message>
    <message>
      <source>contract</source>
      <translation>contrat</translation>
    </message>
    <message>
      <source>employee</source>
      <translation>employé</translation>
    </message>
    <message>
      <source>dish</source>
      <translation>plat</translation>
    </message>
    <message>
      <source>meal package</source>
      <translation>formule repas</translation>
    </message>
    <message>
      <source>subscription</source>
      <translation>abonnement</translation>
    </message>
    <message>
      <source>meal plan</source>
      <translation>plan alimentaire</translation>
    </message>
    <message>
      <source>consultation</source>
      <translation>consultation</translation>
    </message>
    <message>
      <source>orders</source>
      <translation>commandes</translation>
    </message>
    <message>
      <source>revenue targets</source>
      <translation>objectifs de chiffre d'affaires</translation>
    </message>
    <message>
      <source>patient's stay</source>
      <translation>séjour du patient</translation>
    </message>
    <message>
      <source>tray</source>
      <translation>plateau</translation>
    </message>
    <message>
      <source>ward</source>
      <translation>service</translation>
    </message>
    <message>
      <source>meal</source>
      <translation>repas</translation>
    </message>
    <message>
      <source>shift</source>
      <translation>poste</translation>
    </message>
    <message>
      <source>till settings</source>
      <translation>réglages de la caisse</translation>
    </message>
    <message>
      <source>statement columns</source>
      <translation>colonnes du relevé</translation>
    </message>
    <message>
      <source>statement</source>
      <translation>relevé</translation>
    </message>
    <message>
      <source>statement line</source>
      <translation>ligne du relevé</translation>
    </message>
    <message>
      <source>fiscal device</source>
      <translation>dispositif fiscal</translation>
    </message>
    <message>
      <source>fiscal receipt</source>
      <translation>reçu fiscal</translation>
    </message>
    <message>
      <source>{action} — {record}, by {who}</source>
      <translation>{action} — {record}, par {who}</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Ce qui s'est passé</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Fiche</translation>
    </message>
    <message>
      <source>Search who, action, record or details</source>
      <translation>Rechercher une personne, une action, une fiche ou un détail</translation>
    </message>
    <message>
      <source>Open {record}</source>
      <translation>Ouvrir {record}</translation>
    </message>
  </context>
  <context>
    <name>AvailabilityPage</name>
    <message>
      <source>Day</source>
      <translation>Jour</translation>
    </message>
    <message>
      <source>From</source>
      <translation>De</translation>
    </message>
    <message>
      <source>To</source>
      <translation>À</translation>
    </message>
    <message>
      <source> RWF</source>
      <translation> RWF</translation>
    </message>
    <message>
      <source>&amp;Add interval</source>
      <translation>&amp;Ajouter une plage</translation>
    </message>
    <message>
      <source>&amp;Remove interval</source>
      <translation>&amp;Retirer la plage</translation>
    </message>
    <message>
      <source>&amp;Save week</source>
      <translation>&amp;Enregistrer la semaine</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Motif</translation>
    </message>
    <message>
      <source>whole day(s)</source>
      <translation>jour(s) entier(s)</translation>
    </message>
    <message>
      <source>reason, e.g. training</source>
      <translation>motif, p. ex. formation</translation>
    </message>
    <message>
      <source>Add &amp;time off</source>
      <translation>Ajouter un &amp;congé</translation>
    </message>
    <message>
      <source>&amp;Nutritionist</source>
      <translation>&amp;Nutritionniste</translation>
    </message>
    <message>
      <source>Consultation &amp;fee</source>
      <translation>&amp;Tarif de consultation</translation>
    </message>
    <message>
      <source>to</source>
      <translation>à</translation>
    </message>
    <message>
      <source>&lt;b&gt;Weekly availability&lt;/b&gt; (hospital time; whole or half hours)</source>
      <translation>&lt;b&gt;Disponibilités hebdomadaires&lt;/b&gt; (heure de l'hôpital ; heures entières ou demi-heures)</translation>
    </message>
    <message>
      <source>&lt;b&gt;Time off&lt;/b&gt;</source>
      <translation>&lt;b&gt;Congés&lt;/b&gt;</translation>
    </message>
    <message>
      <source>There is no schedule here you may edit.</source>
      <translation>Aucun planning ici que vous puissiez modifier.</translation>
    </message>
    <message>
      <source>Monday</source>
      <translation>Lundi</translation>
    </message>
    <message>
      <source>Tuesday</source>
      <translation>Mardi</translation>
    </message>
    <message>
      <source>Wednesday</source>
      <translation>Mercredi</translation>
    </message>
    <message>
      <source>Thursday</source>
      <translation>Jeudi</translation>
    </message>
    <message>
      <source>Friday</source>
      <translation>Vendredi</translation>
    </message>
    <message>
      <source>Saturday</source>
      <translation>Samedi</translation>
    </message>
    <message>
      <source>Sunday</source>
      <translation>Dimanche</translation>
    </message>
    <message>
      <source>Week saved; the calendar shows the new slots.</source>
      <translation>Semaine enregistrée ; le calendrier montre les nouveaux créneaux.</translation>
    </message>
    <message>
      <source>Time off added.</source>
      <translation>Congé ajouté.</translation>
    </message>
  </context>
  <context>
    <name>BiDashboard</name>
    <message>
      <source>&amp;Refresh</source>
      <translation>&amp;Actualiser</translation>
    </message>
    <message>
      <source>Export &amp;PDF…</source>
      <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
      <source>CSV</source>
      <translation>CSV</translation>
    </message>
    <message>
      <source>Cohort retention: share of each month's new customers who ordered again k months later</source>
      <translation>Fidélisation par cohorte : part des nouveaux clients de chaque mois qui ont recommandé k mois plus tard</translation>
    </message>
    <message>
      <source>The period must end after it starts.</source>
      <translation>La période doit se terminer après son début.</translation>
    </message>
    <message>
      <source>As of {moment} — provisional, month to date; * marks a month not yet over, and the cohort cells of that month</source>
      <translation>Au {moment} — provisoire, mois en cours ; * signale un mois non terminé, et les cellules de cohorte de ce mois</translation>
    </message>
    <message>
      <source>As of {moment}</source>
      <translation>Au {moment}</translation>
    </message>
    <message>
      <source>No counted orders in this period.</source>
      <translation>Aucune commande comptée sur cette période.</translation>
    </message>
    <message>
      <source>not cancelled or refunded</source>
      <translation>hors annulées et remboursées</translation>
    </message>
    <message>
      <source>after discounts, both shares</source>
      <translation>après remises, les deux parts</translation>
    </message>
    <message>
      <source>order revenue ÷ orders</source>
      <translation>chiffre d'affaires des commandes ÷ commandes</translation>
    </message>
    <message>
      <source>of {count} customers of the previous period</source>
      <translation>sur {count} clients de la période précédente</translation>
    </message>
    <message>
      <source>Nobody ordered in the previous period of the same length.</source>
      <translation>Personne n'a commandé pendant la période précédente de même durée.</translation>
    </message>
    <message>
      <source>{churned} of {active} active (N = {days} days)</source>
      <translation>{churned} sur {active} actifs (N = {days} jours)</translation>
    </message>
    <message>
      <source>Nobody had ordered in the {days} days before the period.</source>
      <translation>Personne n'avait commandé dans les {days} jours précédant la période.</translation>
    </message>
    <message>
      <source>{churned} of {active} active</source>
      <translation>{churned} sur {active} actifs</translation>
    </message>
    <message>
      <source>No subscription was active at the start of the period.</source>
      <translation>Aucun abonnement n'était actif au début de la période.</translation>
    </message>
    <message>
      <source>median {amount}</source>
      <translation>médiane {amount}</translation>
    </message>
    <message>
      <source>No customer has a counted order yet.</source>
      <translation>Aucun client n'a encore de commande comptée.</translation>
    </message>
    <message>
      <source>AOV × monthly frequency ÷ monthly churn, 12 months</source>
      <translation>Panier moyen × fréquence mensuelle ÷ attrition mensuelle, 12 mois</translation>
    </message>
    <message>
      <source>Needs at least one complete month with churn above zero.</source>
      <translation>Il faut au moins un mois complet avec une attrition supérieure à zéro.</translation>
    </message>
    <message>
      <source>{actual} of {target}, {months}; day {day} of {days}; projection {projection}</source>
      <translation>{actual} sur {target}, {months} ; jour {day} sur {days} ; projection {projection}</translation>
    </message>
    <message>
      <source>No revenue target is set for these months.</source>
      <translation>Aucun objectif de chiffre d'affaires n'est fixé pour ces mois.</translation>
    </message>
    <message>
      <source>{month}: {figure}</source>
      <translation>{month} : {figure}</translation>
    </message>
    <message>
      <source> (target {amount})</source>
      <translation> (objectif {amount})</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Objectif</translation>
    </message>
    <message>
      <source>{month}: {amount} over {orders} orders</source>
      <translation>{month} : {amount} sur {orders} commandes</translation>
    </message>
    <message>
      <source>Save cohort retention</source>
      <translation>Enregistrer la fidélisation par cohorte</translation>
    </message>
    <message>
      <source>Save dashboard</source>
      <translation>Enregistrer le tableau de bord</translation>
    </message>
    <message>
      <source>{start} to {end}. </source>
      <translation>Du {start} au {end}. </translation>
    </message>
    <message>
      <source>Dusangire — Business intelligence</source>
      <translation>Dusangire — Informatique décisionnelle</translation>
    </message>
    <message>
      <source>Saved {path}</source>
      <translation>Enregistré : {path}</translation>
    </message>
  </context>
  <context>
    <name>BookingDialog</name>
    <message>
      <source>Book</source>
      <translation>Réserver</translation>
    </message>
    <message>
      <source>&amp;Customer</source>
      <translation>&amp;Client</translation>
    </message>
    <message>
      <source>&amp;Reason</source>
      <translation>&amp;Motif</translation>
    </message>
    <message>
      <source>optional, e.g. diabetes follow-up</source>
      <translation>facultatif, p. ex. suivi du diabète</translation>
    </message>
    <message>
      <source>Choose the customer first.</source>
      <translation>Choisissez d'abord le client.</translation>
    </message>
  </context>
  <context>
    <name>BookingTab</name>
    <message>
      <source>07XXXXXXXX</source>
      <translation>07XXXXXXXX</translation>
    </message>
    <message>
      <source>Choose a package and the number of guests.</source>
      <translation>Choisissez une formule et le nombre d'invités.</translation>
    </message>
    <message>
      <source>&amp;Save request</source>
      <translation>&amp;Enregistrer la demande</translation>
    </message>
    <message>
      <source>&amp;Package</source>
      <translation>&amp;Formule</translation>
    </message>
    <message>
      <source>&amp;Guests</source>
      <translation>&amp;Invités</translation>
    </message>
    <message>
      <source>&amp;Event date and time</source>
      <translation>&amp;Date et heure de l'événement</translation>
    </message>
    <message>
      <source>&amp;Venue</source>
      <translation>&amp;Lieu</translation>
    </message>
    <message>
      <source>&amp;Contact person</source>
      <translation>&amp;Personne à contacter</translation>
    </message>
    <message>
      <source>Contact &amp;phone</source>
      <translation>&amp;Téléphone du contact</translation>
    </message>
    <message>
      <source>&amp;Organisation</source>
      <translation>&amp;Organisation</translation>
    </message>
    <message>
      <source>&amp;Add-ons</source>
      <translation>&amp;Suppléments</translation>
    </message>
    <message>
      <source>&amp;Notes</source>
      <translation>&amp;Remarques</translation>
    </message>
    <message>
      <source>Price estimate</source>
      <translation>Estimation du prix</translation>
    </message>
    <message>
      <source>{0} — {1} per person, {2}–{3} guests</source>
      <translation>{0} — {1} par personne, {2}–{3} invités</translation>
    </message>
    <message>
      <source>{0} — {1} {2}</source>
      <translation>{0} — {1} {2}</translation>
    </message>
    <message>
      <source>{0} is for {1} to {2} guests.</source>
      <translation>{0} est prévu pour {1} à {2} invités.</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message numerus="yes">
      <source>%n guest(s) × {price}</source>
      <translation>
        <numerusform>%n invité × {price}</numerusform>
        <numerusform>%n invités × {price}</numerusform>
      </translation>
    </message>
    <message>
      <source>(large-group rate)</source>
      <translation>(tarif grand groupe)</translation>
    </message>
    <message>
      <source>Setup</source>
      <translation>Frais d'installation</translation>
    </message>
    <message numerus="yes">
      <source>{addon}: %n × {price}</source>
      <translation>
        <numerusform>{addon} : %n × {price}</numerusform>
        <numerusform>{addon} : %n × {price}</numerusform>
      </translation>
    </message>
    <message>
      <source>There is no catering package yet; an administrator adds them.</source>
      <translation>Aucune formule traiteur pour l'instant ; un administrateur les ajoute.</translation>
    </message>
    <message>
      <source>Request {0} saved — estimate {1}.</source>
      <translation>Demande {0} enregistrée — estimation {1}.</translation>
    </message>
  </context>
  <context>
    <name>CalendarPage</name>
    <message>
      <source>&amp;Week</source>
      <translation>&amp;Semaine</translation>
    </message>
    <message>
      <source>One nutritionist's week</source>
      <translation>La semaine d'un(e) nutritionniste</translation>
    </message>
    <message>
      <source>&amp;Day — everyone</source>
      <translation>&amp;Jour — tout le monde</translation>
    </message>
    <message>
      <source>One day across all nutritionists</source>
      <translation>Une journée pour tous les nutritionnistes</translation>
    </message>
    <message>
      <source>&amp;Month</source>
      <translation>&amp;Mois</translation>
    </message>
    <message>
      <source>One nutritionist's month at a glance</source>
      <translation>Le mois d'un(e) nutritionniste d'un coup d'œil</translation>
    </message>
    <message>
      <source>◀ &amp;Previous</source>
      <translation>◀ &amp;Précédent</translation>
    </message>
    <message>
      <source>&amp;Today</source>
      <translation>&amp;Aujourd'hui</translation>
    </message>
    <message>
      <source>&amp;Next ▶</source>
      <translation>&amp;Suivant ▶</translation>
    </message>
    <message>
      <source>Mon</source>
      <translation>Lun</translation>
    </message>
    <message>
      <source>Tue</source>
      <translation>Mar</translation>
    </message>
    <message>
      <source>Wed</source>
      <translation>Mer</translation>
    </message>
    <message>
      <source>Thu</source>
      <translation>Jeu</translation>
    </message>
    <message>
      <source>Fri</source>
      <translation>Ven</translation>
    </message>
    <message>
      <source>Sat</source>
      <translation>Sam</translation>
    </message>
    <message>
      <source>Sun</source>
      <translation>Dim</translation>
    </message>
    <message>
      <source>Set consulting &amp;hours…</source>
      <translation>Définir les &amp;heures de consultation…</translation>
    </message>
    <message>
      <source>Click a free slot to book · right-click a slot for what you can do · drag a booking onto a free slot to move it</source>
      <translation>Cliquez sur un créneau libre pour réserver · clic droit sur un créneau pour ce que vous pouvez faire · faites glisser une réservation sur un créneau libre pour la déplacer</translation>
    </message>
    <message>
      <source>&amp;Who</source>
      <translation>&amp;Qui</translation>
    </message>
    <message>
      <source>No nutritionist on the staff list yet</source>
      <translation>Aucun(e) nutritionniste dans la liste du personnel pour l'instant</translation>
    </message>
    <message>
      <source>&lt;b&gt;You have not set your consulting hours yet&lt;/b&gt;, so nobody can book you. Set your weekly hours once and this calendar fills with 30-minute slots.</source>
      <translation>&lt;b&gt;Vous n'avez pas encore défini vos heures de consultation&lt;/b&gt;, personne ne peut donc vous réserver. Définissez une fois vos heures hebdomadaires et ce calendrier se remplit de créneaux de 30 minutes.</translation>
    </message>
    <message>
      <source>&lt;b&gt;{names}: no consulting hours set yet&lt;/b&gt;, so nobody can book them. Set their weekly hours in Availability and time off.</source>
      <translation>&lt;b&gt;{names} : aucune heure de consultation définie&lt;/b&gt;, personne ne peut donc les réserver. Définissez leurs heures hebdomadaires dans Disponibilités et congés.</translation>
    </message>
    <message>
      <source>&lt;b&gt;{names}: no consulting hours set yet&lt;/b&gt;, so nobody can book them. Ask them, or an administrator, to set the hours in Availability and time off.</source>
      <translation>&lt;b&gt;{names} : aucune heure de consultation définie&lt;/b&gt;, personne ne peut donc les réserver. Demandez-leur, ou à un administrateur, de définir les heures dans Disponibilités et congés.</translation>
    </message>
    <message>
      <source>Set my consulting &amp;hours…</source>
      <translation>Définir mes &amp;heures de consultation…</translation>
    </message>
    <message>
      <source>No consulting hours set yet</source>
      <translation>Aucune heure de consultation définie</translation>
    </message>
    <message>
      <source>No consulting hours on {weekday}s</source>
      <translation>Pas de consultation le {weekday}</translation>
    </message>
    <message>
      <source>Time off: {reason}</source>
      <translation>Congé : {reason}</translation>
    </message>
    <message>
      <source>Time off</source>
      <translation>Congé</translation>
    </message>
    <message>
      <source>free</source>
      <translation>libre</translation>
    </message>
    <message>
      <source>no-show: </source>
      <translation>absent(e) : </translation>
    </message>
    <message>
      <source>cancelled: {name}</source>
      <translation>annulé : {name}</translation>
    </message>
    <message>
      <source>(a booking for {name} was cancelled)</source>
      <translation>(une réservation pour {name} a été annulée)</translation>
    </message>
    <message>
      <source>{day}
● today</source>
      <translation>{day}
● aujourd'hui</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Aujourd'hui</translation>
    </message>
    <message>
      <source>Not consulting at this time</source>
      <translation>Pas de consultation à cette heure</translation>
    </message>
    <message>
      <source>Double-click or Enter: the week of {day}</source>
      <translation>Double-clic ou Entrée : la semaine du {day}</translation>
    </message>
    <message>
      <source>{month} — {name}</source>
      <translation>{month} — {name}</translation>
    </message>
    <message numerus="yes">
      <source>%n booked</source>
      <translation>
        <numerusform>%n réservé</numerusform>
        <numerusform>%n réservés</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n free</source>
      <translation>
        <numerusform>%n libre</numerusform>
        <numerusform>%n libres</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n seen or missed</source>
      <translation>
        <numerusform>%n vu ou manqué</numerusform>
        <numerusform>%n vus ou manqués</numerusform>
      </translation>
    </message>
    <message>
      <source>past</source>
      <translation>passé</translation>
    </message>
    <message>
      <source>Book…</source>
      <translation>Réserver…</translation>
    </message>
    <message>
      <source>Reschedule…</source>
      <translation>Reporter…</translation>
    </message>
    <message>
      <source>Cancel…</source>
      <translation>Annuler…</translation>
    </message>
    <message>
      <source>Mark completed</source>
      <translation>Marquer terminée</translation>
    </message>
    <message>
      <source>Mark no-show</source>
      <translation>Marquer absent(e)</translation>
    </message>
    <message>
      <source>Nothing to do: this slot has passed</source>
      <translation>Rien à faire : ce créneau est passé</translation>
    </message>
    <message>
      <source>Nothing to do: the consultation took place</source>
      <translation>Rien à faire : la consultation a eu lieu</translation>
    </message>
    <message>
      <source>Nothing to do: marked no-show</source>
      <translation>Rien à faire : noté(e) absent(e)</translation>
    </message>
    <message>
      <source>Nothing you may do with this slot</source>
      <translation>Rien que vous puissiez faire avec ce créneau</translation>
    </message>
    <message>
      <source>Completed / no-show: once it has started</source>
      <translation>Terminée / absent(e) : une fois commencée</translation>
    </message>
    <message>
      <source>Completed / no-show: only its nutritionist or the desk</source>
      <translation>Terminée / absent(e) : seulement sa ou son nutritionniste ou l'accueil</translation>
    </message>
    <message>
      <source>Only a booked consultation can be moved.</source>
      <translation>Seule une consultation réservée peut être déplacée.</translation>
    </message>
    <message>
      <source>Drop it on a free slot; {when} is not free.</source>
      <translation>Déposez-la sur un créneau libre ; {when} n'est pas libre.</translation>
    </message>
    <message>
      <source>Book {name} — {when}</source>
      <translation>Réserver pour {name} — {when}</translation>
    </message>
    <message>
      <source>Booked {customer} with {nutritionist}.</source>
      <translation>{customer} réservé(e) avec {nutritionist}.</translation>
    </message>
    <message>
      <source>No free slot in the next 60 days.</source>
      <translation>Aucun créneau libre dans les 60 prochains jours.</translation>
    </message>
    <message>
      <source>Reschedule</source>
      <translation>Reporter</translation>
    </message>
    <message>
      <source>New time for {customer} (or drag the booking onto a free slot):</source>
      <translation>Nouvel horaire pour {customer} (ou faites glisser la réservation sur un créneau libre) :</translation>
    </message>
    <message>
      <source>{customer} moved to {when} with {nutritionist}.</source>
      <translation>{customer} déplacé(e) au {when} avec {nutritionist}.</translation>
    </message>
    <message>
      <source>Consultation with {customer} cancelled.</source>
      <translation>Consultation avec {customer} annulée.</translation>
    </message>
  </context>
  <context>
    <name>CancelDialog</name>
    <message>
      <source>Cancel consultation</source>
      <translation>Annuler la consultation</translation>
    </message>
    <message>
      <source>&amp;Reason</source>
      <translation>&amp;Motif</translation>
    </message>
    <message>
      <source>e.g. patient discharged</source>
      <translation>p. ex. patient sorti</translation>
    </message>
  </context>
  <context>
    <name>CancelRequestDialog</name>
    <message>
      <source>Cancel {0}</source>
      <translation>Annuler {0}</translation>
    </message>
    <message>
      <source>Cancel the request</source>
      <translation>Annuler la demande</translation>
    </message>
    <message>
      <source>&amp;Reason</source>
      <translation>&amp;Motif</translation>
    </message>
  </context>
  <context>
    <name>CancelSubscriptionDialog</name>
    <message>
      <source>Cancel {0}'s {1}</source>
      <translation>Annuler l'abonnement {1} de {0}</translation>
    </message>
    <message>
      <source>Cancel the subscription</source>
      <translation>Résilier l'abonnement</translation>
    </message>
    <message>
      <source>&amp;Reason</source>
      <translation>&amp;Motif</translation>
    </message>
  </context>
  <context>
    <name>CashMovementDialog</name>
    <message>
      <source>&amp;Amount (RWF)</source>
      <translation>&amp;Montant (RWF)</translation>
    </message>
    <message>
      <source>&amp;Reason</source>
      <translation>&amp;Motif</translation>
    </message>
  </context>
  <context>
    <name>CateringPage</name>
    <message>
      <source>New request</source>
      <translation>Nouvelle demande</translation>
    </message>
    <message>
      <source>Requests</source>
      <translation>Demandes</translation>
    </message>
    <message>
      <source>Packages</source>
      <translation>Formules</translation>
    </message>
  </context>
  <context>
    <name>ChartPanel</name>
    <message>
      <source>PNG</source>
      <translation>PNG</translation>
    </message>
    <message>
      <source>Save this chart as a picture</source>
      <translation>Enregistrer ce graphique comme image</translation>
    </message>
    <message>
      <source>CSV</source>
      <translation>CSV</translation>
    </message>
    <message>
      <source>Save this chart's figures for a spreadsheet</source>
      <translation>Enregistrer les chiffres de ce graphique pour un tableur</translation>
    </message>
    <message>
      <source>Save {title}</source>
      <translation>Enregistrer {title}</translation>
    </message>
  </context>
  <context>
    <name>CloseShiftDialog</name>
    <message>
      <source>Submit the count</source>
      <translation>Valider le comptage</translation>
    </message>
    <message>
      <source>Close the shift at {desk}</source>
      <translation>Clôturer le poste à {desk}</translation>
    </message>
    <message>
      <source>notes</source>
      <translation>billets</translation>
    </message>
    <message>
      <source>coins</source>
      <translation>pièces</translation>
    </message>
    <message>
      <source>{value} RWF {kind}</source>
      <translation>{value} RWF {kind}</translation>
    </message>
    <message>
      <source>Cash counted</source>
      <translation>Espèces comptées</translation>
    </message>
    <message>
      <source>as recorded</source>
      <translation>comme enregistré</translation>
    </message>
    <message>
      <source>recorded: {amount}</source>
      <translation>enregistré : {amount}</translation>
    </message>
  </context>
  <context>
    <name>CohortModel</name>
    <message>
      <source>Nobody placed a first order in {month}.</source>
      <translation>Personne n'a passé de première commande en {month}.</translation>
    </message>
    <message>
      <source>This month has not started yet.</source>
      <translation>Ce mois n'a pas encore commencé.</translation>
    </message>
    <message>
      <source>{share} of the {month} cohort ordered {months} month(s) later.</source>
      <translation>{share} de la cohorte de {month} a commandé {months} mois plus tard.</translation>
    </message>
    <message>
      <source>That month is not over yet: the share can still grow.</source>
      <translation>Ce mois n'est pas terminé : la part peut encore augmenter.</translation>
    </message>
    <message>
      <source>Customers</source>
      <translation>Clients</translation>
    </message>
  </context>
  <context>
    <name>ContractDialog</name>
    <message>
      <source>Edit contract — {0}</source>
      <translation>Modifier le contrat — {0}</translation>
    </message>
    <message>
      <source>New contract — {0}</source>
      <translation>Nouveau contrat — {0}</translation>
    </message>
    <message>
      <source>&amp;Code</source>
      <translation>&amp;Code</translation>
    </message>
    <message>
      <source>&amp;Starts</source>
      <translation>&amp;Début</translation>
    </message>
    <message>
      <source>&amp;Ends</source>
      <translation>&amp;Fin</translation>
    </message>
    <message>
      <source>&amp;Discount %</source>
      <translation>&amp;Remise %</translation>
    </message>
    <message>
      <source>Monthly &amp;allowance per employee</source>
      <translation>&amp;Allocation mensuelle par employé</translation>
    </message>
    <message>
      <source>&amp;Billing</source>
      <translation>&amp;Facturation</translation>
    </message>
    <message>
      <source>Company is invoiced (up to the allowance)</source>
      <translation>L'entreprise est facturée (jusqu'à l'allocation)</translation>
    </message>
    <message>
      <source>Employee pays (discount only)</source>
      <translation>L'employé paie (remise seulement)</translation>
    </message>
    <message>
      <source>S&amp;tatus</source>
      <translation>É&amp;tat</translation>
    </message>
  </context>
  <context>
    <name>ContractsTab</name>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <source>From</source>
      <translation>De</translation>
    </message>
    <message>
      <source>To</source>
      <translation>À</translation>
    </message>
    <message>
      <source>Discount</source>
      <translation>Remise</translation>
    </message>
    <message>
      <source>Monthly allowance</source>
      <translation>Allocation mensuelle</translation>
    </message>
    <message>
      <source>Billing</source>
      <translation>Facturation</translation>
    </message>
    <message>
      <source>&amp;New contract…</source>
      <translation>&amp;Nouveau contrat…</translation>
    </message>
    <message>
      <source>&amp;Edit contract…</source>
      <translation>&amp;Modifier le contrat…</translation>
    </message>
    <message>
      <source>Choose a contract first.</source>
      <translation>Choisissez d'abord un contrat.</translation>
    </message>
    <message>
      <source>Add or choose a partner first.</source>
      <translation>Ajoutez ou choisissez d'abord un partenaire.</translation>
    </message>
    <message>
      <source>Contract {0} saved.</source>
      <translation>Contrat {0} enregistré.</translation>
    </message>
  </context>
  <context>
    <name>CorporatePage</name>
    <message>
      <source>New &amp;partner…</source>
      <translation>Nouveau &amp;partenaire…</translation>
    </message>
    <message>
      <source>&amp;Edit partner…</source>
      <translation>&amp;Modifier le partenaire…</translation>
    </message>
    <message>
      <source>Contracts</source>
      <translation>Contrats</translation>
    </message>
    <message>
      <source>Employees</source>
      <translation>Employés</translation>
    </message>
    <message>
      <source>Monthly statement</source>
      <translation>Relevé mensuel</translation>
    </message>
    <message>
      <source>Partners</source>
      <translation>Partenaires</translation>
    </message>
    <message numerus="yes">
      <source>{0}  (%n employee(s))</source>
      <translation>
        <numerusform>{0}  (%n employé)</numerusform>
        <numerusform>{0}  (%n employés)</numerusform>
      </translation>
    </message>
    <message>
      <source>{0} added.</source>
      <translation>{0} ajouté.</translation>
    </message>
    <message>
      <source>{0} saved.</source>
      <translation>{0} enregistré.</translation>
    </message>
  </context>
  <context>
    <name>CustomerDialog</name>
    <message>
      <source>Patient (ward and bed)</source>
      <translation>Patient (service et lit)</translation>
    </message>
    <message>
      <source>Company employee ({company})</source>
      <translation>Employé d'entreprise ({company})</translation>
    </message>
    <message>
      <source>Edit customer</source>
      <translation>Modifier le client</translation>
    </message>
    <message>
      <source>New customer</source>
      <translation>Nouveau client</translation>
    </message>
    <message>
      <source>07XXXXXXXX</source>
      <translation>07XXXXXXXX</translation>
    </message>
    <message>
      <source>&amp;Type</source>
      <translation>&amp;Type</translation>
    </message>
    <message>
      <source>Full &amp;name</source>
      <translation>&amp;Nom complet</translation>
    </message>
    <message>
      <source>&amp;Phone</source>
      <translation>&amp;Téléphone</translation>
    </message>
    <message>
      <source>&amp;E-mail</source>
      <translation>&amp;E-mail</translation>
    </message>
    <message>
      <source>&amp;Ward</source>
      <translation>&amp;Service</translation>
    </message>
    <message>
      <source>&amp;Bed</source>
      <translation>&amp;Lit</translation>
    </message>
    <message>
      <source>&amp;Allergies</source>
      <translation>&amp;Allergies</translation>
    </message>
    <message>
      <source>&amp;Diet notes</source>
      <translation>Remarques &amp;diététiques</translation>
    </message>
    <message>
      <source>&amp;Receipts in</source>
      <translation>&amp;Reçus en</translation>
    </message>
  </context>
  <context>
    <name>CustomerPicker</name>
    <message>
      <source>Customer name, phone, ward/bed…</source>
      <translation>Nom du client, téléphone, service/lit…</translation>
    </message>
    <message>
      <source>&amp;New customer…</source>
      <translation>&amp;Nouveau client…</translation>
    </message>
  </context>
  <context>
    <name>CustomerRecord</name>
    <message>
      <source>Choose a customer on the left.</source>
      <translation>Choisissez un client à gauche.</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>Commande</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>Nutritionist</source>
      <translation>Nutritionniste</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Motif</translation>
    </message>
    <message>
      <source>Opened</source>
      <translation>Ouvert le</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <source>Calories</source>
      <translation>Calories</translation>
    </message>
    <message>
      <source>Forbidden</source>
      <translation>Interdits</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>Formule</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>Depuis</translation>
    </message>
    <message>
      <source>Charged</source>
      <translation>Facturé</translation>
    </message>
    <message>
      <source>Orders</source>
      <translation>Commandes</translation>
    </message>
    <message>
      <source>Consultations</source>
      <translation>Consultations</translation>
    </message>
    <message>
      <source>Meal plans</source>
      <translation>Plans alimentaires</translation>
    </message>
    <message>
      <source>Meal packages</source>
      <translation>Formules repas</translation>
    </message>
    <message>
      <source>none known</source>
      <translation>aucune connue</translation>
    </message>
    <message>
      <source>no phone</source>
      <translation>pas de téléphone</translation>
    </message>
    <message>
      <source>Allergies: &lt;b&gt;{allergies}&lt;/b&gt;</source>
      <translation>Allergies : &lt;b&gt;{allergies}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Diet notes: {notes}</source>
      <translation>Remarques diététiques : {notes}</translation>
    </message>
    <message>
      <source>Admitted to {place} since {when}</source>
      <translation>Admis(e) en {place} depuis {when}</translation>
    </message>
  </context>
  <context>
    <name>CustomersPage</name>
    <message>
      <source>Name, phone, reference, ward/bed or employee number</source>
      <translation>Nom, téléphone, référence, service/lit ou numéro d'employé</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Ref.</source>
      <translation>Réf.</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Où</translation>
    </message>
    <message>
      <source>The customers found show here: type a name, phone, reference, ward/bed or employee number above.</source>
      <translation>Les clients trouvés s'affichent ici : tapez ci-dessus un nom, un téléphone, une référence, un service/lit ou un numéro d'employé.</translation>
    </message>
    <message>
      <source>&amp;New customer…</source>
      <translation>&amp;Nouveau client…</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Modifier…</translation>
    </message>
    <message>
      <source>{name} saved as {reference}.</source>
      <translation>{name} enregistré(e) sous {reference}.</translation>
    </message>
  </context>
  <context>
    <name>DeviceDialog</name>
    <message>
      <source>EBM controller</source>
      <translation>Contrôleur EBM</translation>
    </message>
    <message>
      <source>&amp;Address</source>
      <translation>&amp;Adresse</translation>
    </message>
    <message>
      <source>Seller's &amp;TIN</source>
      <translation>&amp;NIF du vendeur</translation>
    </message>
    <message>
      <source>&amp;Branch</source>
      <translation>&amp;Succursale</translation>
    </message>
    <message>
      <source>Device &amp;serial</source>
      <translation>Numéro de &amp;série de l'appareil</translation>
    </message>
    <message>
      <source>&amp;Receipts</source>
      <translation>&amp;Reçus</translation>
    </message>
  </context>
  <context>
    <name>DietOrderDialog</name>
    <message>
      <source>Diet order — {patient}</source>
      <translation>Prescription diététique — {patient}</translation>
    </message>
    <message>
      <source>Therapeutic diets</source>
      <translation>Régimes thérapeutiques</translation>
    </message>
    <message>
      <source>Food texture (IDDSI)</source>
      <translation>Texture des aliments (IDDSI)</translation>
    </message>
    <message>
      <source>Drinks (IDDSI)</source>
      <translation>Boissons (IDDSI)</translation>
    </message>
    <message>
      <source>0 Thin</source>
      <translation>0 Fluide</translation>
    </message>
    <message>
      <source>1 Slightly thick</source>
      <translation>1 Très légèrement épais</translation>
    </message>
    <message>
      <source>2 Mildly thick</source>
      <translation>2 Légèrement épais</translation>
    </message>
    <message>
      <source>3 Moderately thick</source>
      <translation>3 Modérément épais</translation>
    </message>
    <message>
      <source>4 Extremely thick</source>
      <translation>4 Extrêmement épais</translation>
    </message>
    <message>
      <source>Nothing by mouth</source>
      <translation>Rien par la bouche</translation>
    </message>
    <message>
      <source>NPO</source>
      <translation>À jeun</translation>
    </message>
    <message>
      <source>NPO reason</source>
      <translation>Motif du jeûne</translation>
    </message>
    <message>
      <source>NPO until</source>
      <translation>À jeun jusqu'à</translation>
    </message>
    <message>
      <source>Allergens</source>
      <translation>Allergènes</translation>
    </message>
    <message>
      <source>Intolerances</source>
      <translation>Intolérances</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Remarques</translation>
    </message>
  </context>
  <context>
    <name>DischargeDialog</name>
    <message>
      <source>Discharge {patient}</source>
      <translation>Sortie de {patient}</translation>
    </message>
    <message>
      <source>Discharge</source>
      <translation>Sortie</translation>
    </message>
    <message>
      <source>Looking at what discharge will do…</source>
      <translation>Vérification des effets de la sortie…</translation>
    </message>
    <message>
      <source>Settle by</source>
      <translation>Régler par</translation>
    </message>
    <message>
      <source>Cash received</source>
      <translation>Espèces reçues</translation>
    </message>
    <message>
      <source>Reference</source>
      <translation>Référence</translation>
    </message>
    <message>
      <source>{number}: {meal} {when}, {total}</source>
      <translation>{number} : {meal} {when}, {total}</translation>
    </message>
    <message>
      <source>paid: cancel it in the order queue first</source>
      <translation>payée : annulez-la d'abord dans la file des commandes</translation>
    </message>
    <message>
      <source>Deliveries cancelled (reason: patient discharged):</source>
      <translation>Livraisons annulées (motif : patient sorti) :</translation>
    </message>
    <message>
      <source>none</source>
      <translation>aucune</translation>
    </message>
    <message>
      <source>On the patient's account: &lt;b&gt;{due}&lt;/b&gt;</source>
      <translation>Sur le compte du patient : &lt;b&gt;{due}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Meal packages paused: {n}</source>
      <translation>Formules repas suspendues : {n}</translation>
    </message>
  </context>
  <context>
    <name>EmployeesTab</name>
    <message>
      <source>active</source>
      <translation>actif</translation>
    </message>
    <message>
      <source>left</source>
      <translation>parti</translation>
    </message>
    <message>
      <source>Employee no.</source>
      <translation>N° d'employé</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <source>Enrolled</source>
      <translation>Inscrit le</translation>
    </message>
    <message>
      <source>&amp;Enrol…</source>
      <translation>&amp;Inscrire…</translation>
    </message>
    <message>
      <source>&amp;Import CSV…</source>
      <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
      <source>Mark as &amp;left / back</source>
      <translation>Marquer &amp;parti / de retour</translation>
    </message>
    <message>
      <source>Add or choose a partner first.</source>
      <translation>Ajoutez ou choisissez d'abord un partenaire.</translation>
    </message>
    <message>
      <source>{0} enrolled.</source>
      <translation>{0} inscrit(e).</translation>
    </message>
    <message>
      <source>Import employees</source>
      <translation>Importer des employés</translation>
    </message>
    <message>
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <source>Importing employees from {0}…</source>
      <translation>Importation des employés depuis {0}…</translation>
    </message>
    <message numerus="yes">
      <source>%n employee(s) imported from {0}.</source>
      <translation>
        <numerusform>%n employé importé depuis {0}.</numerusform>
        <numerusform>%n employés importés depuis {0}.</numerusform>
      </translation>
    </message>
    <message>
      <source>The import of {0}</source>
      <translation>L'importation de {0}</translation>
    </message>
    <message>
      <source>Choose an employee first.</source>
      <translation>Choisissez d'abord un employé.</translation>
    </message>
  </context>
  <context>
    <name>EnrolDialog</name>
    <message>
      <source>Enrol an employee of {0}</source>
      <translation>Inscrire un employé de {0}</translation>
    </message>
    <message>
      <source>Enrol</source>
      <translation>Inscrire</translation>
    </message>
    <message>
      <source>Employee &amp;number</source>
      <translation>&amp;Numéro d'employé</translation>
    </message>
    <message>
      <source>&amp;Full name</source>
      <translation>&amp;Nom complet</translation>
    </message>
    <message>
      <source>&amp;Phone</source>
      <translation>&amp;Téléphone</translation>
    </message>
    <message>
      <source>07XXXXXXXX</source>
      <translation>07XXXXXXXX</translation>
    </message>
  </context>
  <context>
    <name>FirstRunDialog</name>
    <message>
      <source>Dusangire Desktop — First start</source>
      <translation>Dusangire Desktop — Premier démarrage</translation>
    </message>
    <message>
      <source>&amp;Load demo data (a realistic hospital, for training and demos)</source>
      <translation>&amp;Charger des données de démonstration (un hôpital réaliste, pour la formation et les démonstrations)</translation>
    </message>
    <message>
      <source>Full &amp;name</source>
      <translation>&amp;Nom complet</translation>
    </message>
    <message>
      <source>&amp;Username</source>
      <translation>&amp;Nom d'utilisateur</translation>
    </message>
    <message>
      <source>&amp;Password</source>
      <translation>&amp;Mot de passe</translation>
    </message>
    <message>
      <source>&amp;Confirm password</source>
      <translation>&amp;Confirmer le mot de passe</translation>
    </message>
    <message>
      <source>At least {length} characters, with letters and digits, not containing the username.</source>
      <translation>Au moins {length} caractères, avec des lettres et des chiffres, sans le nom d'utilisateur.</translation>
    </message>
    <message>
      <source>Create administrator</source>
      <translation>Créer l'administrateur</translation>
    </message>
    <message>
      <source>Welcome to Dusangire Desktop</source>
      <translation>Bienvenue dans Dusangire Desktop</translation>
    </message>
    <message>
      <source>This database ({database}) has no staff accounts yet. Create the administrator account first.</source>
      <translation>Cette base de données ({database}) n'a pas encore de compte du personnel. Créez d'abord le compte administrateur.</translation>
    </message>
    <message>
      <source>The two passwords differ; type them again.</source>
      <translation>Les deux mots de passe diffèrent ; saisissez-les à nouveau.</translation>
    </message>
  </context>
  <context>
    <name>FiscalSender</name>
    <message>
      <source>Fiscal receipt PDF…</source>
      <translation>PDF du reçu fiscal…</translation>
    </message>
    <message>
      <source>Fiscal receipt {number} signed.</source>
      <translation>Reçu fiscal {number} signé.</translation>
    </message>
    <message>
      <source>Fiscal receipt pending: the EBM controller is not answering. The sale is saved; its receipt prints once signed (Till → Fiscal receipts).</source>
      <translation>Reçu fiscal en attente : le contrôleur EBM ne répond pas. La vente est enregistrée ; son reçu s'imprime une fois signé (Caisse → Reçus fiscaux).</translation>
    </message>
    <message>
      <source>Save fiscal receipt</source>
      <translation>Enregistrer le reçu fiscal</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
  </context>
  <context>
    <name>FiscalTab</name>
    <message>
      <source>Order</source>
      <translation>Commande</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Invoice</source>
      <translation>Facture</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Attempts</source>
      <translation>Tentatives</translation>
    </message>
    <message>
      <source>Last problem</source>
      <translation>Dernier problème</translation>
    </message>
    <message>
      <source>Nothing is waiting: every fiscal receipt has been signed by the controller.</source>
      <translation>Rien en attente : chaque reçu fiscal a été signé par le contrôleur.</translation>
    </message>
    <message>
      <source>&amp;Send now</source>
      <translation>&amp;Envoyer maintenant</translation>
    </message>
    <message>
      <source>order number, e.g. D-000123</source>
      <translation>numéro de commande, p. ex. D-000123</translation>
    </message>
    <message>
      <source>Reprint &amp;COPY as PDF…</source>
      <translation>Réimprimer une &amp;COPIE en PDF…</translation>
    </message>
    <message>
      <source>&amp;Daily fiscal report PDF…</source>
      <translation>Rapport fiscal &amp;quotidien en PDF…</translation>
    </message>
    <message>
      <source>Controller…</source>
      <translation>Contrôleur…</translation>
    </message>
    <message>
      <source>{kind} (copy)</source>
      <translation>{kind} (copie)</translation>
    </message>
    <message numerus="yes">
      <source>%n receipt(s) waiting for the controller.</source>
      <translation>
        <numerusform>%n reçu en attente du contrôleur.</numerusform>
        <numerusform>%n reçus en attente du contrôleur.</numerusform>
      </translation>
    </message>
    <message>
      <source>Save the daily fiscal report</source>
      <translation>Enregistrer le rapport fiscal quotidien</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Daily fiscal report</source>
      <translation>Rapport fiscal quotidien</translation>
    </message>
    <message>
      <source>Daily fiscal report saved to {path}</source>
      <translation>Rapport fiscal quotidien enregistré dans {path}</translation>
    </message>
    <message numerus="yes">
      <source>%n receipt(s) signed.</source>
      <translation>
        <numerusform>%n reçu signé.</numerusform>
        <numerusform>%n reçus signés.</numerusform>
      </translation>
    </message>
    <message>
      <source>The copy of {number} waits for the EBM controller, which is not answering; reprint it again once the controller answers.</source>
      <translation>La copie de {number} attend le contrôleur EBM, qui ne répond pas ; réimprimez-la quand le contrôleur répondra.</translation>
    </message>
    <message>
      <source>Save the copy</source>
      <translation>Enregistrer la copie</translation>
    </message>
    <message>
      <source>Copy saved to {path}</source>
      <translation>Copie enregistrée dans {path}</translation>
    </message>
  </context>
  <context>
    <name>FormDialog</name>
    <message>
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
  </context>
  <context>
    <name>LargeGroupDialog</name>
    <message>
      <source>Large-group rate of {0}</source>
      <translation>Tarif grand groupe de {0}</translation>
    </message>
    <message>
      <source>&amp;From how many guests (0: none)</source>
      <translation>&amp;À partir de combien d'invités (0 : aucun)</translation>
    </message>
    <message>
      <source>&amp;Price per person (RWF)</source>
      <translation>&amp;Prix par personne (RWF)</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <source>Dusangire Desktop — Sign in</source>
      <translation>Dusangire Desktop — Connexion</translation>
    </message>
    <message>
      <source>e.g. a.uwase</source>
      <translation>p. ex. a.uwase</translation>
    </message>
    <message>
      <source>&amp;Username</source>
      <translation>&amp;Nom d'utilisateur</translation>
    </message>
    <message>
      <source>&amp;Password</source>
      <translation>&amp;Mot de passe</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Langue</translation>
    </message>
    <message>
      <source>Sign in</source>
      <translation>Se connecter</translation>
    </message>
    <message>
      <source>Opening the database…</source>
      <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
      <source>Dusangire Desktop</source>
      <translation>Dusangire Desktop</translation>
    </message>
    <message>
      <source>Sign in to continue.</source>
      <translation>Connectez-vous pour continuer.</translation>
    </message>
    <message>
      <source>Database: {database}</source>
      <translation>Base de données : {database}</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Dusangire Desktop — {name}</source>
      <translation>Dusangire Desktop — {name}</translation>
    </message>
    <message>
      <source>● checking…</source>
      <translation>● vérification…</translation>
    </message>
    <message>
      <source>Working…</source>
      <translation>Traitement en cours…</translation>
    </message>
    <message>
      <source>Your own password is set: every area of your role is open now.</source>
      <translation>Votre propre mot de passe est défini : toutes les zones de votre rôle sont maintenant ouvertes.</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <source>&amp;Sign out</source>
      <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <source>&amp;Go</source>
      <translation>A&amp;ller à</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Aide</translation>
    </message>
    <message>
      <source>&amp;About Dusangire Desktop</source>
      <translation>À &amp;propos de Dusangire Desktop</translation>
    </message>
    <message>
      <source>About Dusangire Desktop</source>
      <translation>À propos de Dusangire Desktop</translation>
    </message>
    <message>
      <source>Dusangire Desktop {version}
Database: {database}</source>
      <translation>Dusangire Desktop {version}
Base de données : {database}</translation>
    </message>
    <message>
      <source>● connected</source>
      <translation>● connecté</translation>
    </message>
    <message>
      <source>The database is back. You can carry on.</source>
      <translation>La base de données est de retour. Vous pouvez continuer.</translation>
    </message>
    <message>
      <source>● database unreachable — retrying</source>
      <translation>● base de données injoignable — nouvelle tentative</translation>
    </message>
    <message>
      <source>The database ({database}) cannot be reached. Your open forms are kept; saving works again as soon as it is back.</source>
      <translation>La base de données ({database}) est injoignable. Vos formulaires ouverts sont conservés ; l'enregistrement refonctionne dès son retour.</translation>
    </message>
    <message>
      <source>You signed in with a temporary password. Choose your own password now.</source>
      <translation>Vous vous êtes connecté(e) avec un mot de passe temporaire. Choisissez maintenant votre propre mot de passe.</translation>
    </message>
  </context>
  <context>
    <name>MappingDialog</name>
    <message>
      <source>Statement columns of {provider}</source>
      <translation>Colonnes du relevé de {provider}</translation>
    </message>
    <message>
      <source>Transaction id</source>
      <translation>Identifiant de transaction</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>Montant</translation>
    </message>
    <message>
      <source>Payer's number</source>
      <translation>Numéro du payeur</translation>
    </message>
    <message>
      <source>Status (optional)</source>
      <translation>État (facultatif)</translation>
    </message>
    <message>
      <source>Date format</source>
      <translation>Format de date</translation>
    </message>
  </context>
  <context>
    <name>MealPlanDialog</name>
    <message>
      <source>Meal plan for {customer}</source>
      <translation>Plan alimentaire de {customer}</translation>
    </message>
    <message>
      <source>&amp;Category</source>
      <translation>&amp;Catégorie</translation>
    </message>
    <message>
      <source>Daily &amp;calories</source>
      <translation>&amp;Calories par jour</translation>
    </message>
    <message>
      <source>no target</source>
      <translation>pas d'objectif</translation>
    </message>
    <message>
      <source>&amp;Allowed</source>
      <translation>&amp;Autorisés</translation>
    </message>
    <message>
      <source>&amp;Forbidden</source>
      <translation>&amp;Interdits</translation>
    </message>
    <message>
      <source>&amp;Notes</source>
      <translation>&amp;Remarques</translation>
    </message>
  </context>
  <context>
    <name>MealTimeDialog</name>
    <message>
      <source>Meal time — {meal}</source>
      <translation>Horaire du repas — {meal}</translation>
    </message>
    <message>
      <source>Served &amp;from</source>
      <translation>Servi à &amp;partir de</translation>
    </message>
    <message>
      <source>Served &amp;until</source>
      <translation>Servi &amp;jusqu'à</translation>
    </message>
    <message>
      <source>Orders &amp;close (all wards)</source>
      <translation>Commandes &amp;closes à (tous les services)</translation>
    </message>
    <message>
      <source>Delivery &amp;target</source>
      <translation>&amp;Objectif de livraison</translation>
    </message>
    <message>
      <source> min after serving starts</source>
      <translation> min après le début du service</translation>
    </message>
  </context>
  <context>
    <name>MealTimesTab</name>
    <message>
      <source>Meal</source>
      <translation>Repas</translation>
    </message>
    <message>
      <source>Served from</source>
      <translation>Servi à partir de</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>Jusqu'à</translation>
    </message>
    <message>
      <source>Orders close</source>
      <translation>Commandes closes à</translation>
    </message>
    <message>
      <source>Delivered within</source>
      <translation>Livré en</translation>
    </message>
    <message>
      <source>{n} min</source>
      <translation>{n} min</translation>
    </message>
    <message>
      <source>Ward</source>
      <translation>Service</translation>
    </message>
    <message>
      <source>Edit &amp;meal time…</source>
      <translation>Modifier l'&amp;horaire du repas…</translation>
    </message>
    <message>
      <source>Ward &amp;cut-off…</source>
      <translation>&amp;Heure limite du service…</translation>
    </message>
    <message>
      <source>After a ward's cut-off an order goes with the next meal, or becomes a late tray a manager approves. &lt;b&gt;Bold&lt;/b&gt;: the ward's own cut-off.</source>
      <translation>Après l'heure limite d'un service, une commande part avec le repas suivant, ou devient un plateau en retard qu'un responsable approuve. &lt;b&gt;Gras&lt;/b&gt; : l'heure limite propre au service.</translation>
    </message>
    <message>
      <source>&lt;b&gt;Meals&lt;/b&gt;</source>
      <translation>&lt;b&gt;Repas&lt;/b&gt;</translation>
    </message>
    <message>
      <source>&lt;b&gt;Orders close, by ward&lt;/b&gt;</source>
      <translation>&lt;b&gt;Clôture des commandes, par service&lt;/b&gt;</translation>
    </message>
    <message>
      <source>{meal} times saved.</source>
      <translation>Horaires du {meal} enregistrés.</translation>
    </message>
    <message>
      <source>Ward cut-off saved.</source>
      <translation>Heure limite du service enregistrée.</translation>
    </message>
  </context>
  <context>
    <name>MenuItemDialog</name>
    <message>
      <source>Edit dish</source>
      <translation>Modifier le plat</translation>
    </message>
    <message>
      <source>New dish</source>
      <translation>Nouveau plat</translation>
    </message>
    <message>
      <source>Available to order now</source>
      <translation>Disponible à la commande maintenant</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>&amp;Nom</translation>
    </message>
    <message>
      <source>&amp;Category</source>
      <translation>&amp;Catégorie</translation>
    </message>
    <message>
      <source>Meal &amp;period</source>
      <translation>&amp;Période du repas</translation>
    </message>
    <message>
      <source>&amp;Price</source>
      <translation>&amp;Prix</translation>
    </message>
    <message>
      <source>&amp;Description</source>
      <translation>&amp;Description</translation>
    </message>
    <message>
      <source>Diet &amp;tags</source>
      <translation>&amp;Étiquettes diététiques</translation>
    </message>
    <message>
      <source>&amp;Allergens</source>
      <translation>&amp;Allergènes</translation>
    </message>
    <message>
      <source>The RRA item classification code printed on the EBM receipt (10 digits).</source>
      <translation>Le code de classification d'article RRA imprimé sur le reçu EBM (10 chiffres).</translation>
    </message>
    <message>
      <source>Ta&amp;x type (EBM)</source>
      <translation>Type de &amp;taxe (EBM)</translation>
    </message>
    <message>
      <source>Item classification c&amp;ode</source>
      <translation>C&amp;ode de classification</translation>
    </message>
    <message>
      <source>Te&amp;xtures (IDDSI)</source>
      <translation>Te&amp;xtures (IDDSI)</translation>
    </message>
    <message>
      <source>None ticked: served regular only.</source>
      <translation>Aucune cochée : servi normal seulement.</translation>
    </message>
    <message>
      <source>D&amp;rink levels (IDDSI)</source>
      <translation>Niveaux des &amp;boissons (IDDSI)</translation>
    </message>
    <message>
      <source>Ticked for a drink only: the thicknesses it comes in.</source>
      <translation>Pour une boisson seulement : les épaisseurs proposées.</translation>
    </message>
  </context>
  <context>
    <name>MenuPage</name>
    <message>
      <source>Dish</source>
      <translation>Plat</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Période</translation>
    </message>
    <message>
      <source>Price</source>
      <translation>Prix</translation>
    </message>
    <message>
      <source>Diet</source>
      <translation>Régime</translation>
    </message>
    <message>
      <source>Allergens</source>
      <translation>Allergènes</translation>
    </message>
    <message>
      <source>Available</source>
      <translation>Disponible</translation>
    </message>
    <message>
      <source>&amp;New dish…</source>
      <translation>&amp;Nouveau plat…</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Modifier…</translation>
    </message>
    <message>
      <source>Mark &amp;unavailable / available</source>
      <translation>Marquer &amp;indisponible / disponible</translation>
    </message>
    <message>
      <source>Tax</source>
      <translation>Taxe</translation>
    </message>
    <message>
      <source>Item code</source>
      <translation>Code article</translation>
    </message>
    <message>
      <source>Textures</source>
      <translation>Textures</translation>
    </message>
    <message>
      <source>Drink levels</source>
      <translation>Niveaux des boissons</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <source>no</source>
      <translation>non</translation>
    </message>
    <message>
      <source>{name} saved.</source>
      <translation>{name} enregistré.</translation>
    </message>
  </context>
  <context>
    <name>MessageBanner</name>
    <message>
      <source>Dismiss</source>
      <translation>Fermer</translation>
    </message>
  </context>
  <context>
    <name>MobileMoneyFields</name>
    <message>
      <source>payer's number, 07X XXX XXXX</source>
      <translation>numéro du payeur, 07X XXX XXXX</translation>
    </message>
  </context>
  <context>
    <name>MoneyBackDialog</name>
    <message>
      <source>Cancel order {number}</source>
      <translation>Annuler la commande {number}</translation>
    </message>
    <message>
      <source>Refund {number}</source>
      <translation>Rembourser {number}</translation>
    </message>
    <message>
      <source>Cancel the order</source>
      <translation>Annuler la commande</translation>
    </message>
    <message>
      <source>Refund</source>
      <translation>Rembourser</translation>
    </message>
    <message>
      <source>Keep it</source>
      <translation>La conserver</translation>
    </message>
    <message>
      <source>&amp;Reason</source>
      <translation>&amp;Motif</translation>
    </message>
    <message>
      <source>reference of the reversal</source>
      <translation>référence de l'annulation de paiement</translation>
    </message>
    <message>
      <source>&amp;How it went back</source>
      <translation>&amp;Mode de remboursement</translation>
    </message>
    <message>
      <source>Reversal re&amp;ference</source>
      <translation>Ré&amp;férence de l'annulation</translation>
    </message>
    <message>
      <source>Cash from the drawer</source>
      <translation>Espèces prises dans le tiroir</translation>
    </message>
    <message>
      <source>Mobile-money reversal</source>
      <translation>Annulation Mobile Money</translation>
    </message>
    <message>
      <source>Card reversal</source>
      <translation>Annulation sur carte</translation>
    </message>
    <message>
      <source>in cash</source>
      <translation>en espèces</translation>
    </message>
    <message>
      <source>by mobile money</source>
      <translation>par Mobile Money</translation>
    </message>
    <message>
      <source>by card</source>
      <translation>par carte</translation>
    </message>
    <message>
      <source>on the corporate account</source>
      <translation>sur le compte de l'entreprise</translation>
    </message>
    <message>
      <source>{amount} RWF {how}</source>
      <translation>{amount} RWF {how}</translation>
    </message>
    <message>
      <source>Nothing was paid for this order, so no money goes back.</source>
      <translation>Rien n'a été payé pour cette commande, donc aucun argent n'est rendu.</translation>
    </message>
    <message>
      <source>Paid {parts}. All of it is given back.</source>
      <translation>Payé {parts}. Tout est rendu.</translation>
    </message>
    <message>
      <source> and </source>
      <translation> et </translation>
    </message>
  </context>
  <context>
    <name>NewStaffDialog</name>
    <message>
      <source>New staff account</source>
      <translation>Nouveau compte du personnel</translation>
    </message>
    <message>
      <source>Create</source>
      <translation>Créer</translation>
    </message>
    <message>
      <source>Full &amp;name</source>
      <translation>&amp;Nom complet</translation>
    </message>
    <message>
      <source>&amp;Username</source>
      <translation>&amp;Nom d'utilisateur</translation>
    </message>
    <message>
      <source>&amp;Role</source>
      <translation>&amp;Rôle</translation>
    </message>
    <message>
      <source>Temporary &amp;password</source>
      <translation>&amp;Mot de passe temporaire</translation>
    </message>
    <message>
      <source>temporary; changed at first sign-in</source>
      <translation>temporaire ; changé à la première connexion</translation>
    </message>
  </context>
  <context>
    <name>NewTicketDialog</name>
    <message>
      <source>New support ticket</source>
      <translation>Nouveau ticket d'assistance</translation>
    </message>
    <message>
      <source>Create</source>
      <translation>Créer</translation>
    </message>
    <message>
      <source>&amp;Subject</source>
      <translation>&amp;Objet</translation>
    </message>
    <message>
      <source>&amp;Description</source>
      <translation>&amp;Description</translation>
    </message>
    <message>
      <source>C&amp;ategory</source>
      <translation>C&amp;atégorie</translation>
    </message>
    <message>
      <source>&amp;Priority</source>
      <translation>&amp;Priorité</translation>
    </message>
    <message>
      <source>&amp;Customer (optional)</source>
      <translation>&amp;Client (facultatif)</translation>
    </message>
    <message>
      <source>&amp;Order (optional)</source>
      <translation>&amp;Commande (facultatif)</translation>
    </message>
    <message>
      <source>optional, e.g. D-000123</source>
      <translation>facultatif, p. ex. D-000123</translation>
    </message>
  </context>
  <context>
    <name>NutritionDashboard</name>
    <message>
      <source>Active clients</source>
      <translation>Clients actifs</translation>
    </message>
    <message>
      <source>Consultations this month</source>
      <translation>Consultations ce mois-ci</translation>
    </message>
    <message>
      <source>Pending plans</source>
      <translation>Plans en attente</translation>
    </message>
    <message>
      <source>Utilization</source>
      <translation>Taux d'occupation</translation>
    </message>
    <message>
      <source>No-show rate</source>
      <translation>Taux d'absence</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Heure</translation>
    </message>
    <message>
      <source>Client</source>
      <translation>Client</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Motif</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <source>Calories</source>
      <translation>Calories</translation>
    </message>
    <message>
      <source>Forbidden</source>
      <translation>Interdits</translation>
    </message>
    <message>
      <source>Opened</source>
      <translation>Ouvert le</translation>
    </message>
    <message>
      <source>Consulted</source>
      <translation>Consulté le</translation>
    </message>
    <message>
      <source>&amp;Activate plan</source>
      <translation>&amp;Activer le plan</translation>
    </message>
    <message>
      <source>&amp;Complete plan</source>
      <translation>&amp;Terminer le plan</translation>
    </message>
    <message>
      <source>&amp;Write plan…</source>
      <translation>&amp;Rédiger un plan…</translation>
    </message>
    <message>
      <source>No pending or active meal plan.</source>
      <translation>Aucun plan alimentaire en attente ou actif.</translation>
    </message>
    <message>
      <source>Every completed consultation has its plan.</source>
      <translation>Chaque consultation terminée a son plan.</translation>
    </message>
    <message>
      <source>Meal plans are shown to those who write them.</source>
      <translation>Les plans alimentaires sont montrés à ceux qui les rédigent.</translation>
    </message>
    <message>
      <source>&amp;Nutritionist</source>
      <translation>&amp;Nutritionniste</translation>
    </message>
    <message>
      <source>Today's schedule</source>
      <translation>Programme du jour</translation>
    </message>
    <message>
      <source>Meal plans</source>
      <translation>Plans alimentaires</translation>
    </message>
    <message>
      <source>Completed consultations without a plan</source>
      <translation>Consultations terminées sans plan</translation>
    </message>
    <message>
      <source>completed in 90 days, upcoming, or on an active plan</source>
      <translation>terminées en 90 jours, à venir ou avec un plan actif</translation>
    </message>
    <message>
      <source>{done} completed, {booked} booked · {no_shows} no-show, {cancelled} cancelled</source>
      <translation>{done} terminées, {booked} réservées · {no_shows} absences, {cancelled} annulées</translation>
    </message>
    <message>
      <source>oldest {days} days</source>
      <translation>la plus ancienne : {days} jours</translation>
    </message>
    <message>
      <source>{used} of {available} slots</source>
      <translation>{used} créneaux sur {available}</translation>
    </message>
    <message>
      <source>No availability in this period.</source>
      <translation>Aucune disponibilité sur cette période.</translation>
    </message>
    <message>
      <source>{no_shows} of {finished}; {unmarked} past still unmarked</source>
      <translation>{no_shows} sur {finished} ; {unmarked} passées encore non renseignées</translation>
    </message>
    <message>
      <source>No consultation has finished in this period yet.</source>
      <translation>Aucune consultation n'est encore terminée sur cette période.</translation>
    </message>
    <message>
      <source>Choose a plan first.</source>
      <translation>Choisissez d'abord un plan.</translation>
    </message>
    <message>
      <source>{customer}'s plan is {status}.</source>
      <translation>Le plan de {customer} est {status}.</translation>
    </message>
    <message>
      <source>Choose a completed consultation first.</source>
      <translation>Choisissez d'abord une consultation terminée.</translation>
    </message>
    <message>
      <source>Plan opened for {customer} (pending).</source>
      <translation>Plan ouvert pour {customer} (en attente).</translation>
    </message>
  </context>
  <context>
    <name>OperationsDashboard</name>
    <message>
      <source>not delivered {pickup} min after placed (pickup), {ward} min (ward)</source>
      <translation>non livrée {pickup} min après la commande (à emporter), {ward} min (service)</translation>
    </message>
    <message>
      <source>{minutes} min</source>
      <translation>{minutes} min</translation>
    </message>
    <message>
      <source>mean over {count} orders delivered today</source>
      <translation>moyenne sur {count} commandes livrées aujourd'hui</translation>
    </message>
    <message>
      <source>No order has been delivered today.</source>
      <translation>Aucune commande n'a été livrée aujourd'hui.</translation>
    </message>
    <message numerus="yes">
      <source>{time} {package}, %n guest(s)</source>
      <translation>
        <numerusform>{time} {package}, %n invité</numerusform>
        <numerusform>{time} {package}, %n invités</numerusform>
      </translation>
    </message>
    <message>
      <source>Ward trays today: {trays} · delivered {delivered} ({late} after the target) · overdue now {overdue} · worst {worst} min late</source>
      <translation>Plateaux des services aujourd'hui : {trays} · livrés {delivered} ({late} après l'objectif) · en retard maintenant {overdue} · pire retard {worst} min</translation>
    </message>
    <message>
      <source>Live — as of {moment}, refreshed as orders are taken at any desk. Channels add up to the BI revenue total.</source>
      <translation>En direct — au {moment}, actualisé à chaque commande prise à n'importe quelle caisse. Les canaux totalisent le chiffre d'affaires de l'informatique décisionnelle.</translation>
    </message>
  </context>
  <context>
    <name>OrderEntryPage</name>
    <message>
      <source>Customer: name, phone, ward/bed, employee no.  (F2)</source>
      <translation>Client : nom, téléphone, service/lit, n° d'employé  (F2)</translation>
    </message>
    <message>
      <source>No customer chosen</source>
      <translation>Aucun client choisi</translation>
    </message>
    <message>
      <source>&amp;New customer…</source>
      <translation>&amp;Nouveau client…</translation>
    </message>
    <message>
      <source>Dish: type to search, Enter adds  (F3)</source>
      <translation>Plat : tapez pour chercher, Entrée ajoute  (F3)</translation>
    </message>
    <message>
      <source>Any</source>
      <translation>Tous</translation>
    </message>
    <message>
      <source>Dish</source>
      <translation>Plat</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <source>Price</source>
      <translation>Prix</translation>
    </message>
    <message>
      <source>Allergens</source>
      <translation>Allergènes</translation>
    </message>
    <message>
      <source>Qty</source>
      <translation>Qté</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>P.U.</translation>
    </message>
    <message>
      <source>Line</source>
      <translation>Montant</translation>
    </message>
    <message>
      <source>Add dishes to see the price.</source>
      <translation>Ajoutez des plats pour voir le prix.</translation>
    </message>
    <message>
      <source>Reason to place it anyway (required when flagged)</source>
      <translation>Motif pour la passer quand même (obligatoire en cas d'alerte)</translation>
    </message>
    <message>
      <source>cash received</source>
      <translation>espèces reçues</translation>
    </message>
    <message>
      <source>mobile money / card reference</source>
      <translation>référence Mobile Money / carte</translation>
    </message>
    <message>
      <source>Pickup at the counter</source>
      <translation>Retrait au comptoir</translation>
    </message>
    <message>
      <source>Deliver to ward and bed</source>
      <translation>Livrer au service et au lit</translation>
    </message>
    <message>
      <source>ward</source>
      <translation>service</translation>
    </message>
    <message>
      <source>bed</source>
      <translation>lit</translation>
    </message>
    <message>
      <source>Place order  (Ctrl+Enter)</source>
      <translation>Passer la commande  (Ctrl+Entrée)</translation>
    </message>
    <message>
      <source>&amp;Print receipt</source>
      <translation>&amp;Imprimer le reçu</translation>
    </message>
    <message>
      <source>Pre&amp;view receipt…</source>
      <translation>&amp;Aperçu du reçu…</translation>
    </message>
    <message>
      <source>Save receipt P&amp;DF…</source>
      <translation>Enregistrer le reçu en P&amp;DF…</translation>
    </message>
    <message>
      <source>1. Customer</source>
      <translation>1. Client</translation>
    </message>
    <message>
      <source>2. Dishes</source>
      <translation>2. Plats</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Période</translation>
    </message>
    <message>
      <source>Diet</source>
      <translation>Régime</translation>
    </message>
    <message>
      <source>3. Order  (+ / − / Delete on a line)</source>
      <translation>3. Commande  (+ / − / Suppr sur une ligne)</translation>
    </message>
    <message>
      <source>4. Payment and delivery</source>
      <translation>4. Paiement et livraison</translation>
    </message>
    <message>
      <source>Pay by</source>
      <translation>Payer par</translation>
    </message>
    <message>
      <source>Cash</source>
      <translation>Espèces</translation>
    </message>
    <message>
      <source>Reference</source>
      <translation>Référence</translation>
    </message>
    <message>
      <source>Mobile money</source>
      <translation>Mobile Money</translation>
    </message>
    <message>
      <source>Delivery</source>
      <translation>Livraison</translation>
    </message>
    <message>
      <source>Ward / bed</source>
      <translation>Service / lit</translation>
    </message>
    <message>
      <source>Allergic to: {allergies}</source>
      <translation>Allergique à : {allergies}</translation>
    </message>
    <message>
      <source>Diet notes: {notes}</source>
      <translation>Remarques diététiques : {notes}</translation>
    </message>
    <message>
      <source>No dish matches; change the search.</source>
      <translation>Aucun plat ne correspond ; modifiez la recherche.</translation>
    </message>
    <message>
      <source>Choose a customer and add dishes to see the price.</source>
      <translation>Choisissez un client et ajoutez des plats pour voir le prix.</translation>
    </message>
    <message>
      <source>working out the price…</source>
      <translation>calcul du prix…</translation>
    </message>
    <message>
      <source>Total: &lt;b&gt;{amount}&lt;/b&gt;</source>
      <translation>Total : &lt;b&gt;{amount}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>The database cannot be reached, so the price cannot be worked out; retrying.</source>
      <translation>La base de données est injoignable, le prix ne peut donc pas être calculé ; nouvelle tentative.</translation>
    </message>
    <message>
      <source>Subtotal: &lt;b&gt;{amount}&lt;/b&gt;</source>
      <translation>Sous-total : &lt;b&gt;{amount}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Company pays {company} · customer pays &lt;b&gt;{customer}&lt;/b&gt;</source>
      <translation>L'entreprise paie {company} · le client paie &lt;b&gt;{customer}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Change: &lt;b&gt;{amount}&lt;/b&gt;</source>
      <translation>Monnaie : &lt;b&gt;{amount}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>{amount} short</source>
      <translation>Il manque {amount}</translation>
    </message>
    <message>
      <source>Choose the customer first (F2).</source>
      <translation>Choisissez d'abord le client (F2).</translation>
    </message>
    <message>
      <source>Add at least one dish (F3).</source>
      <translation>Ajoutez au moins un plat (F3).</translation>
    </message>
    <message>
      <source>Cash received must be a whole number of francs.</source>
      <translation>Les espèces reçues doivent être un nombre entier de francs.</translation>
    </message>
    <message>
      <source>Order {number} placed — {total}, change {change}.</source>
      <translation>Commande {number} passée — {total}, monnaie {change}.</translation>
    </message>
    <message>
      <source>Order {number} placed — {total}.</source>
      <translation>Commande {number} passée — {total}.</translation>
    </message>
    <message>
      <source>Save receipt</source>
      <translation>Enregistrer le reçu</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Receipt saved to {path}</source>
      <translation>Reçu enregistré dans {path}</translation>
    </message>
  </context>
  <context>
    <name>OrderQueuePage</name>
    <message>
      <source>Active (placed, preparing, on the way)</source>
      <translation>En cours (passées, en préparation, en route)</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Toutes</translation>
    </message>
    <message>
      <source>any day</source>
      <translation>n'importe quel jour</translation>
    </message>
    <message>
      <source>ward</source>
      <translation>service</translation>
    </message>
    <message>
      <source>order number or customer</source>
      <translation>numéro de commande ou client</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Heure</translation>
    </message>
    <message>
      <source>Age</source>
      <translation>Attente</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>Commande</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>Client</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Où</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>&amp;Next step</source>
      <translation>&amp;Étape suivante</translation>
    </message>
    <message>
      <source>&amp;Cancel order…</source>
      <translation>&amp;Annuler la commande…</translation>
    </message>
    <message>
      <source>&amp;Refund…</source>
      <translation>&amp;Rembourser…</translation>
    </message>
    <message>
      <source>Receipt P&amp;DF…</source>
      <translation>Reçu en P&amp;DF…</translation>
    </message>
    <message>
      <source>Receipt pre&amp;view…</source>
      <translation>A&amp;perçu du reçu…</translation>
    </message>
    <message>
      <source>Show &amp;more</source>
      <translation>Afficher &amp;plus</translation>
    </message>
    <message>
      <source>{age} late</source>
      <translation>{age} de retard</translation>
    </message>
    <message>
      <source>Waiting since {time}; a ward tray, due on the ward at {due}.</source>
      <translation>En attente depuis {time} ; un plateau de service, attendu dans le service à {due}.</translation>
    </message>
    <message>
      <source>Waiting since {time}; target {minutes} min from placed to delivered.</source>
      <translation>En attente depuis {time} ; objectif {minutes} min entre la commande et la livraison.</translation>
    </message>
    <message>
      <source>pickup</source>
      <translation>à emporter</translation>
    </message>
    <message>
      <source>{ward}, bed {bed}</source>
      <translation>{ward}, lit {bed}</translation>
    </message>
    <message>
      <source>&amp;Next: {step}</source>
      <translation>É&amp;tape suivante : {step}</translation>
    </message>
    <message>
      <source>{number} is now {status}</source>
      <translation>{number} est maintenant {status}</translation>
    </message>
    <message>
      <source>{number} cancelled.</source>
      <translation>{number} annulée.</translation>
    </message>
    <message>
      <source>{number} refunded.</source>
      <translation>{number} remboursée.</translation>
    </message>
    <message>
      <source>{number}: fiscal refund receipt {receipt} signed.</source>
      <translation>{number} : reçu fiscal de remboursement {receipt} signé.</translation>
    </message>
    <message>
      <source>{number}: the fiscal refund receipt is pending — the EBM controller is not answering. It is kept and sent once the controller answers; print it then from the Till's fiscal tab.</source>
      <translation>{number} : le reçu fiscal de remboursement est en attente — le contrôleur EBM ne répond pas. Il est conservé et envoyé dès que le contrôleur répond ; imprimez-le alors depuis l'onglet fiscal de la Caisse.</translation>
    </message>
    <message>
      <source>Save receipt</source>
      <translation>Enregistrer le reçu</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Receipt saved to {path}</source>
      <translation>Reçu enregistré dans {path}</translation>
    </message>
  </context>
  <context>
    <name>PackageDialog</name>
    <message>
      <source>New catering package</source>
      <translation>Nouvelle formule traiteur</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>&amp;Nom</translation>
    </message>
    <message>
      <source>&amp;Price per person (RWF)</source>
      <translation>&amp;Prix par personne (RWF)</translation>
    </message>
    <message>
      <source>M&amp;inimum guests</source>
      <translation>Invités m&amp;inimum</translation>
    </message>
    <message>
      <source>M&amp;aximum guests</source>
      <translation>Invités m&amp;aximum</translation>
    </message>
    <message>
      <source>&amp;Setup fee (RWF)</source>
      <translation>&amp;Frais d'installation (RWF)</translation>
    </message>
  </context>
  <context>
    <name>PackagesTab</name>
    <message>
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <source>no</source>
      <translation>non</translation>
    </message>
    <message>
      <source>Package</source>
      <translation>Formule</translation>
    </message>
    <message>
      <source>Per person</source>
      <translation>Par personne</translation>
    </message>
    <message>
      <source>Guests</source>
      <translation>Invités</translation>
    </message>
    <message>
      <source>Setup</source>
      <translation>Frais d'installation</translation>
    </message>
    <message>
      <source>Large groups</source>
      <translation>Grands groupes</translation>
    </message>
    <message>
      <source>Add-ons</source>
      <translation>Suppléments</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Active</translation>
    </message>
    <message>
      <source>Add &amp;package…</source>
      <translation>Ajouter une &amp;formule…</translation>
    </message>
    <message>
      <source>Add add-&amp;on to selected…</source>
      <translation>Ajouter un &amp;supplément à la sélection…</translation>
    </message>
    <message>
      <source>Large-group &amp;rate of selected…</source>
      <translation>&amp;Tarif grand groupe de la sélection…</translation>
    </message>
    <message>
      <source>Offer / &amp;withdraw selected</source>
      <translation>Proposer / &amp;retirer la sélection</translation>
    </message>
    <message>
      <source>from {0}: {1}</source>
      <translation>à partir de {0} : {1}</translation>
    </message>
    <message>
      <source>Choose a package first.</source>
      <translation>Choisissez d'abord une formule.</translation>
    </message>
    <message>
      <source>{0} saved.</source>
      <translation>{0} enregistré(e).</translation>
    </message>
  </context>
  <context>
    <name>PartnerDialog</name>
    <message>
      <source>New partner</source>
      <translation>Nouveau partenaire</translation>
    </message>
    <message>
      <source>Edit partner</source>
      <translation>Modifier le partenaire</translation>
    </message>
    <message>
      <source>Company &amp;name</source>
      <translation>&amp;Nom de l'entreprise</translation>
    </message>
    <message>
      <source>&amp;Contact person</source>
      <translation>&amp;Personne à contacter</translation>
    </message>
    <message>
      <source>&amp;Phone</source>
      <translation>&amp;Téléphone</translation>
    </message>
    <message>
      <source>&amp;Statements in</source>
      <translation>&amp;Relevés en</translation>
    </message>
  </context>
  <context>
    <name>PatientMealPanel</name>
    <message>
      <source>Patient's meal</source>
      <translation>Repas du patient</translation>
    </message>
    <message>
      <source>— not for a patient's bed —</source>
      <translation>— pas pour un lit de patient —</translation>
    </message>
    <message>
      <source>Send it with the next meal</source>
      <translation>L'envoyer avec le prochain repas</translation>
    </message>
    <message>
      <source>Late tray:</source>
      <translation>Plateau en retard :</translation>
    </message>
    <message>
      <source>why (a manager approves)</source>
      <translation>pourquoi (un responsable approuve)</translation>
    </message>
    <message>
      <source>reason, to confirm a second one</source>
      <translation>motif, pour confirmer un deuxième</translation>
    </message>
    <message>
      <source>Charge to the patient's account</source>
      <translation>Mettre sur le compte du patient</translation>
    </message>
    <message>
      <source>Show dishes outside the diet order</source>
      <translation>Afficher les plats hors prescription diététique</translation>
    </message>
    <message>
      <source>Visiting</source>
      <translation>En visite chez</translation>
    </message>
    <message>
      <source>Meal</source>
      <translation>Repas</translation>
    </message>
    <message>
      <source>Second tray</source>
      <translation>Deuxième plateau</translation>
    </message>
    <message>
      <source>A visitor's meal can go to a patient's bed.</source>
      <translation>Le repas d'un visiteur peut aller au lit d'un patient.</translation>
    </message>
    <message>
      <source>Admitted: &lt;b&gt;{place}&lt;/b&gt;</source>
      <translation>Admis(e) : &lt;b&gt;{place}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Guest of {patient}, {place}</source>
      <translation>Invité de {patient}, {place}</translation>
    </message>
    <message>
      <source>regular</source>
      <translation>normal</translation>
    </message>
    <message>
      <source>Diet: {diets}&lt;br&gt;Texture {texture} · drinks {drink}</source>
      <translation>Régime : {diets}&lt;br&gt;Texture {texture} · boissons {drink}</translation>
    </message>
    <message>
      <source>{patient} is NPO until {until} ({reason})</source>
      <translation>{patient} est à jeun jusqu'à {until} ({reason})</translation>
    </message>
    <message>
      <source>Charge to {patient}'s account</source>
      <translation>Mettre sur le compte de {patient}</translation>
    </message>
    <message>
      <source>{meal} closed at {time} (choose {meal} for a late tray).&lt;br&gt;</source>
      <translation>{meal} clos à {time} (choisissez {meal} pour un plateau en retard).&lt;br&gt;</translation>
    </message>
    <message>
      <source>{meal} for {ward} closed at {time}:&lt;br&gt;send it with the next meal, or a late tray.</source>
      <translation>{meal} pour {ward} clos à {time} :&lt;br&gt;l'envoyer avec le prochain repas, ou un plateau en retard.</translation>
    </message>
    <message>
      <source>{meal} for {ward} closes at {time} — {h} h {m:02d} min left.</source>
      <translation>{meal} pour {ward} ferme à {time} — il reste {h} h {m:02d} min.</translation>
    </message>
  </context>
  <context>
    <name>PeriodPicker</name>
    <message>
      <source>The last day of the period (included)</source>
      <translation>Dernier jour de la période (inclus)</translation>
    </message>
    <message>
      <source>&amp;Period</source>
      <translation>&amp;Période</translation>
    </message>
    <message>
      <source>from</source>
      <translation>du</translation>
    </message>
    <message>
      <source>to</source>
      <translation>à</translation>
    </message>
  </context>
  <context>
    <name>PlansPage</name>
    <message>
      <source>Plans</source>
      <translation>Formules</translation>
    </message>
    <message>
      <source>Subscriptions</source>
      <translation>Abonnements</translation>
    </message>
  </context>
  <context>
    <name>PlansTab</name>
    <message>
      <source>Categories:</source>
      <translation>Catégories :</translation>
    </message>
    <message>
      <source>any price</source>
      <translation>tout prix</translation>
    </message>
    <message>
      <source>Up to</source>
      <translation>Jusqu'à</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>Formule</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <source>Price</source>
      <translation>Prix</translation>
    </message>
    <message>
      <source>{0} / {1}</source>
      <translation>{0} / {1}</translation>
    </message>
    <message>
      <source>Meals a day</source>
      <translation>Repas par jour</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>&amp;Subscribe a customer…</source>
      <translation>&amp;Abonner un client…</translation>
    </message>
    <message>
      <source>plan name</source>
      <translation>nom de la formule</translation>
    </message>
    <message>
      <source>active</source>
      <translation>actif</translation>
    </message>
    <message>
      <source>Add plan</source>
      <translation>Ajouter la formule</translation>
    </message>
    <message>
      <source>Save selected plan</source>
      <translation>Enregistrer la formule choisie</translation>
    </message>
    <message>
      <source>meals/day</source>
      <translation>repas/jour</translation>
    </message>
    <message>
      <source>{0} saved.</source>
      <translation>{0} enregistré(e).</translation>
    </message>
    <message>
      <source>Choose a plan first.</source>
      <translation>Choisissez d'abord un plan.</translation>
    </message>
    <message>
      <source>{0} subscribed to {1}.</source>
      <translation>{0} abonné(e) à {1}.</translation>
    </message>
  </context>
  <context>
    <name>QuickDishes</name>
    <message>
      <source>Quick keys:</source>
      <translation>Touches rapides :</translation>
    </message>
    <message>
      <source>The dishes ordered most in the last four weeks. In the empty dish search, type the number; anywhere on this screen, Alt and the number.</source>
      <translation>Les plats les plus commandés ces quatre dernières semaines. Dans la recherche de plat vide, tapez le numéro ; n'importe où sur cet écran, Alt et le numéro.</translation>
    </message>
  </context>
  <context>
    <name>QuoteDialog</name>
    <message>
      <source>Quote {0}</source>
      <translation>Devis {0}</translation>
    </message>
    <message>
      <source>&amp;Price (RWF)</source>
      <translation>&amp;Prix (RWF)</translation>
    </message>
  </context>
  <context>
    <name>ReconciliationTab</name>
    <message>
      <source>Outcome</source>
      <translation>Résultat</translation>
    </message>
    <message>
      <source>Transaction id</source>
      <translation>Identifiant de transaction</translation>
    </message>
    <message>
      <source>Statement</source>
      <translation>Relevé</translation>
    </message>
    <message>
      <source>Statement amount</source>
      <translation>Montant du relevé</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>Commande</translation>
    </message>
    <message>
      <source>App amount</source>
      <translation>Montant de l'application</translation>
    </message>
    <message>
      <source>Resolution</source>
      <translation>Résolution</translation>
    </message>
    <message>
      <source>Import the provider's statement to match it against the mobile-money payments taken at the desks.</source>
      <translation>Importez le relevé de l'opérateur pour le rapprocher des paiements Mobile Money encaissés aux caisses.</translation>
    </message>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>&amp;Import statement…</source>
      <translation>&amp;Importer un relevé…</translation>
    </message>
    <message>
      <source>Columns…</source>
      <translation>Colonnes…</translation>
    </message>
    <message>
      <source>&amp;Resolve…</source>
      <translation>&amp;Résoudre…</translation>
    </message>
    <message>
      <source>Time window</source>
      <translation>Plage horaire</translation>
    </message>
    <message>
      <source>Provider's statement</source>
      <translation>Relevé de l'opérateur</translation>
    </message>
    <message>
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <source>Choose a line that did not match and is not resolved.</source>
      <translation>Choisissez une ligne non rapprochée et non résolue.</translation>
    </message>
  </context>
  <context>
    <name>RecordsPage</name>
    <message>
      <source>Choose a line in the list first.</source>
      <translation>Choisissez d'abord une ligne de la liste.</translation>
    </message>
  </context>
  <context>
    <name>RefuseLateDialog</name>
    <message>
      <source>Refuse late tray {number}</source>
      <translation>Refuser le plateau en retard {number}</translation>
    </message>
    <message>
      <source>Refuse the tray</source>
      <translation>Refuser le plateau</translation>
    </message>
    <message>
      <source>For</source>
      <translation>Pour</translation>
    </message>
  </context>
  <context>
    <name>RequestsTab</name>
    <message>
      <source>Open (new, quoted, confirmed)</source>
      <translation>Ouvertes (nouvelles, chiffrées, confirmées)</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Toutes</translation>
    </message>
    <message>
      <source>requested</source>
      <translation>demandée</translation>
    </message>
    <message>
      <source>quoted</source>
      <translation>chiffrée</translation>
    </message>
    <message>
      <source>confirmed</source>
      <translation>confirmée</translation>
    </message>
    <message>
      <source>completed</source>
      <translation>terminée</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>annulée</translation>
    </message>
    <message>
      <source>Request</source>
      <translation>Demande</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>Événement</translation>
    </message>
    <message>
      <source>Package</source>
      <translation>Formule</translation>
    </message>
    <message>
      <source>Guests</source>
      <translation>Invités</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Price</source>
      <translation>Prix</translation>
    </message>
    <message>
      <source>Handled</source>
      <translation>Traité</translation>
    </message>
    <message>
      <source>{0} by {1}</source>
      <translation>{0} par {1}</translation>
    </message>
    <message>
      <source>&amp;Quote…</source>
      <translation>&amp;Chiffrer…</translation>
    </message>
    <message>
      <source>C&amp;onfirm</source>
      <translation>C&amp;onfirmer</translation>
    </message>
    <message>
      <source>Co&amp;mplete</source>
      <translation>&amp;Terminer</translation>
    </message>
    <message>
      <source>&amp;Cancel…</source>
      <translation>&amp;Annuler…</translation>
    </message>
    <message>
      <source>{0} (estimate)</source>
      <translation>{0} (estimation)</translation>
    </message>
    <message>
      <source>Choose a request first.</source>
      <translation>Choisissez d'abord une demande.</translation>
    </message>
    <message>
      <source>{0} is {1}.</source>
      <translation>{0} est {1}.</translation>
    </message>
  </context>
  <context>
    <name>ResolveDialog</name>
    <message>
      <source>Resolve</source>
      <translation>Résoudre</translation>
    </message>
    <message>
      <source>Resolve {txid}</source>
      <translation>Résoudre {txid}</translation>
    </message>
    <message>
      <source>&amp;Resolution</source>
      <translation>&amp;Résolution</translation>
    </message>
    <message>
      <source>&amp;Payment</source>
      <translation>&amp;Paiement</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(aucun)</translation>
    </message>
    <message>
      <source>&amp;Note</source>
      <translation>&amp;Note</translation>
    </message>
  </context>
  <context>
    <name>RoundTab</name>
    <message>
      <source>All wards</source>
      <translation>Tous les services</translation>
    </message>
    <message>
      <source>Ward / bed</source>
      <translation>Service / lit</translation>
    </message>
    <message>
      <source>Patient</source>
      <translation>Patient</translation>
    </message>
    <message>
      <source>Diet</source>
      <translation>Régime</translation>
    </message>
    <message>
      <source>Texture / drinks</source>
      <translation>Texture / boissons</translation>
    </message>
    <message>
      <source>Allergens</source>
      <translation>Allergènes</translation>
    </message>
    <message>
      <source>Ordered</source>
      <translation>Commandé</translation>
    </message>
    <message>
      <source>Round sheet &amp;PDF…</source>
      <translation>Fiche de tournée en &amp;PDF…</translation>
    </message>
    <message>
      <source>P&amp;rint round sheet…</source>
      <translation>Imp&amp;rimer la fiche de tournée…</translation>
    </message>
    <message>
      <source>NPO {until}</source>
      <translation>À jeun {until}</translation>
    </message>
    <message>
      <source>NO ORDER YET</source>
      <translation>PAS ENCORE DE COMMANDE</translation>
    </message>
    <message numerus="yes">
      <source> + %n guest(s)</source>
      <translation>
        <numerusform> + %n invité</numerusform>
        <numerusform> + %n invités</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n patient(s) · {missing} without an order</source>
      <translation>
        <numerusform>%n patient · {missing} sans commande</numerusform>
        <numerusform>%n patients · {missing} sans commande</numerusform>
      </translation>
    </message>
    <message>
      <source>call first (high-risk diet): {names}</source>
      <translation>appeler d'abord (régime à risque) : {names}</translation>
    </message>
    <message>
      <source>Save round sheet</source>
      <translation>Enregistrer la fiche de tournée</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Round sheet saved to {path}</source>
      <translation>Fiche de tournée enregistrée dans {path}</translation>
    </message>
  </context>
  <context>
    <name>ShiftDecisionDialog</name>
    <message>
      <source>Force-close</source>
      <translation>Clôture forcée</translation>
    </message>
    <message>
      <source>Approve and close</source>
      <translation>Approuver et clôturer</translation>
    </message>
    <message>
      <source>Force-close the shift at {desk}</source>
      <translation>Clôturer de force le poste à {desk}</translation>
    </message>
    <message>
      <source>Approve the variance at {desk}</source>
      <translation>Approuver l'écart à {desk}</translation>
    </message>
    <message>
      <source>&amp;Reason</source>
      <translation>&amp;Motif</translation>
    </message>
  </context>
  <context>
    <name>ShiftTab</name>
    <message>
      <source>opening float counted, RWF</source>
      <translation>fond de caisse compté, RWF</translation>
    </message>
    <message>
      <source>Opening &amp;float (RWF)</source>
      <translation>&amp;Fond de caisse (RWF)</translation>
    </message>
    <message>
      <source>Blind close</source>
      <translation>Clôture à l'aveugle</translation>
    </message>
    <message>
      <source>&amp;Open shift</source>
      <translation>&amp;Ouvrir le poste</translation>
    </message>
    <message>
      <source>&amp;X report</source>
      <translation>Rapport &amp;X</translation>
    </message>
    <message>
      <source>&amp;Close shift…</source>
      <translation>&amp;Clôturer le poste…</translation>
    </message>
    <message>
      <source>Report P&amp;DF…</source>
      <translation>Rapport en P&amp;DF…</translation>
    </message>
    <message>
      <source>&amp;Print report</source>
      <translation>&amp;Imprimer le rapport</translation>
    </message>
    <message>
      <source>The shift's X report shows here: open a shift, then press X report.</source>
      <translation>Le rapport X du poste s'affiche ici : ouvrez un poste, puis appuyez sur Rapport X.</translation>
    </message>
    <message>
      <source>&lt;b&gt;{desk}&lt;/b&gt; has no open shift. Count the float in the drawer and open one to take cash.</source>
      <translation>&lt;b&gt;{desk}&lt;/b&gt; n'a pas de poste ouvert. Comptez le fond de caisse dans le tiroir et ouvrez-en un pour encaisser.</translation>
    </message>
    <message>
      <source>&lt;b&gt;{desk}&lt;/b&gt;: shift {state} since {when}, opened by {who} with a float of {amount}.</source>
      <translation>&lt;b&gt;{desk}&lt;/b&gt; : poste {state} depuis le {when}, ouvert par {who} avec un fond de {amount}.</translation>
    </message>
    <message>
      <source>Shift opened at {desk} with {amount}.</source>
      <translation>Poste ouvert à {desk} avec {amount}.</translation>
    </message>
    <message>
      <source>{kind}: {amount} recorded.</source>
      <translation>{kind} : {amount} enregistré.</translation>
    </message>
    <message>
      <source>The count differs from what was recorded by {variance}, more than the {threshold} allowed: a manager must approve the variance with a reason before the shift closes.</source>
      <translation>Le comptage diffère de l'enregistré de {variance}, plus que les {threshold} autorisés : un responsable doit approuver l'écart avec un motif avant la clôture du poste.</translation>
    </message>
    <message>
      <source>Shift closed. Variance {variance}.</source>
      <translation>Poste clôturé. Écart {variance}.</translation>
    </message>
    <message>
      <source>Save report</source>
      <translation>Enregistrer le rapport</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Report saved to {path}</source>
      <translation>Rapport enregistré dans {path}</translation>
    </message>
    <message>
      <source>Print report</source>
      <translation>Imprimer le rapport</translation>
    </message>
  </context>
  <context>
    <name>ShiftsTab</name>
    <message>
      <source>Desk</source>
      <translation>Caisse</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Opened</source>
      <translation>Ouvert le</translation>
    </message>
    <message>
      <source>By</source>
      <translation>Par</translation>
    </message>
    <message>
      <source>Float</source>
      <translation>Fond</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Clôturé</translation>
    </message>
    <message>
      <source>Closed by</source>
      <translation>Clôturé par</translation>
    </message>
    <message>
      <source>No shift yet: each desk opens one on its own Till tab, with the float it counted in the drawer.</source>
      <translation>Aucun poste pour l'instant : chaque caisse ouvre le sien dans son onglet Caisse, avec le fond compté dans le tiroir.</translation>
    </message>
    <message>
      <source>&amp;Report</source>
      <translation>&amp;Rapport</translation>
    </message>
    <message>
      <source>&amp;Approve variance…</source>
      <translation>&amp;Approuver l'écart…</translation>
    </message>
    <message>
      <source>&amp;Force-close…</source>
      <translation>Clôture &amp;forcée…</translation>
    </message>
    <message>
      <source>Till rules…</source>
      <translation>Règles de caisse…</translation>
    </message>
    <message>
      <source>The shift at {desk} is {state}.</source>
      <translation>Le poste à {desk} est {state}.</translation>
    </message>
  </context>
  <context>
    <name>StaffPage</name>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Username</source>
      <translation>Nom d'utilisateur</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rôle</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Last sign-in</source>
      <translation>Dernière connexion</translation>
    </message>
    <message>
      <source>Filter by name, username or role  (Ctrl+F)</source>
      <translation>Filtrer par nom, nom d'utilisateur ou rôle  (Ctrl+F)</translation>
    </message>
    <message>
      <source>&amp;New account…</source>
      <translation>&amp;Nouveau compte…</translation>
    </message>
    <message>
      <source>Change &amp;role…</source>
      <translation>Changer de &amp;rôle…</translation>
    </message>
    <message>
      <source>&amp;Deactivate</source>
      <translation>&amp;Désactiver</translation>
    </message>
    <message>
      <source>Reset &amp;password…</source>
      <translation>Réinitialiser le &amp;mot de passe…</translation>
    </message>
    <message>
      <source>locked</source>
      <translation>verrouillé</translation>
    </message>
    <message>
      <source>active</source>
      <translation>actif</translation>
    </message>
    <message>
      <source>deactivated</source>
      <translation>désactivé</translation>
    </message>
    <message>
      <source>&amp;Reactivate</source>
      <translation>&amp;Réactiver</translation>
    </message>
    <message>
      <source>Account '{username}' created.</source>
      <translation>Compte « {username} » créé.</translation>
    </message>
    <message>
      <source>Change role</source>
      <translation>Changer de rôle</translation>
    </message>
    <message>
      <source>New role for {name}:</source>
      <translation>Nouveau rôle pour {name} :</translation>
    </message>
    <message>
      <source>{name} is now {role}.</source>
      <translation>{name} est maintenant {role}.</translation>
    </message>
    <message>
      <source>{name} can sign in again.</source>
      <translation>{name} peut à nouveau se connecter.</translation>
    </message>
    <message>
      <source>{name} can no longer sign in.</source>
      <translation>{name} ne peut plus se connecter.</translation>
    </message>
    <message>
      <source>Reset password</source>
      <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
      <source>Temporary password for {name}:</source>
      <translation>Mot de passe temporaire pour {name} :</translation>
    </message>
    <message>
      <source>{name}'s password was reset and the account unlocked.</source>
      <translation>Le mot de passe de {name} a été réinitialisé et le compte déverrouillé.</translation>
    </message>
  </context>
  <context>
    <name>StatementTab</name>
    <message>
      <source>Employee no.</source>
      <translation>N° d'employé</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Orders</source>
      <translation>Commandes</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>Company owes</source>
      <translation>Dû par l'entreprise</translation>
    </message>
    <message>
      <source>Employee paid</source>
      <translation>Payé par l'employé</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>Mois</translation>
    </message>
    <message>
      <source>Export &amp;CSV…</source>
      <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
      <source>Export P&amp;DF…</source>
      <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>&amp;Imprimer…</translation>
    </message>
    <message>
      <source>Print pre&amp;view…</source>
      <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
      <source>&lt;b&gt;{0}&lt;/b&gt; orders · total &lt;b&gt;{1} RWF&lt;/b&gt; · company owes &lt;b&gt;{2} RWF&lt;/b&gt; · employees paid &lt;b&gt;{3} RWF&lt;/b&gt;</source>
      <translation>&lt;b&gt;{0}&lt;/b&gt; commandes · total &lt;b&gt;{1} RWF&lt;/b&gt; · dû par l'entreprise &lt;b&gt;{2} RWF&lt;/b&gt; · payé par les employés &lt;b&gt;{3} RWF&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Statement {partner}, {month}</source>
      <translation>Relevé {partner}, {month}</translation>
    </message>
    <message>
      <source>Export statement</source>
      <translation>Exporter le relevé</translation>
    </message>
    <message>
      <source>Statement saved to {0}</source>
      <translation>Relevé enregistré dans {0}</translation>
    </message>
  </context>
  <context>
    <name>SubscribeDialog</name>
    <message>
      <source>Subscribe to {0}</source>
      <translation>S'abonner à {0}</translation>
    </message>
    <message>
      <source>Subscribe</source>
      <translation>Abonner</translation>
    </message>
    <message>
      <source>{0}: {1}, billed {2}</source>
      <translation>{0} : {1}, facturé {2}</translation>
    </message>
    <message>
      <source>&amp;Customer</source>
      <translation>&amp;Client</translation>
    </message>
    <message>
      <source>&amp;Starts on</source>
      <translation>&amp;Début le</translation>
    </message>
    <message>
      <source>Find the customer first.</source>
      <translation>Trouvez d'abord le client.</translation>
    </message>
  </context>
  <context>
    <name>SubscriptionsTab</name>
    <message>
      <source>Customer</source>
      <translation>Client</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>Formule</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>Depuis</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Charged so far</source>
      <translation>Facturé à ce jour</translation>
    </message>
    <message>
      <source>&amp;Pause</source>
      <translation>&amp;Suspendre</translation>
    </message>
    <message>
      <source>&amp;Resume</source>
      <translation>&amp;Reprendre</translation>
    </message>
    <message>
      <source>&amp;Cancel…</source>
      <translation>&amp;Annuler…</translation>
    </message>
    <message>
      <source>C&amp;harge due periods</source>
      <translation>&amp;Facturer les périodes dues</translation>
    </message>
    <message>
      <source>{0}'s {1} is paused.</source>
      <translation>L'abonnement {1} de {0} est suspendu.</translation>
    </message>
    <message>
      <source>{0}'s {1} is running again.</source>
      <translation>L'abonnement {1} de {0} reprend.</translation>
    </message>
    <message>
      <source>Choose a subscription first.</source>
      <translation>Choisissez d'abord un abonnement.</translation>
    </message>
    <message>
      <source>{0}'s {1} is cancelled.</source>
      <translation>L'abonnement {1} de {0} est résilié.</translation>
    </message>
    <message numerus="yes">
      <source>%n period(s) charged.</source>
      <translation>
        <numerusform>%n période facturée.</numerusform>
        <numerusform>%n périodes facturées.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SupportDashboard</name>
    <message>
      <source>{days} d {hours} h</source>
      <translation>{days} j {hours} h</translation>
    </message>
    <message>
      <source>{hours} h {minutes} min</source>
      <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
      <source>{minutes} min</source>
      <translation>{minutes} min</translation>
    </message>
    <message>
      <source>&amp;Refresh</source>
      <translation>&amp;Actualiser</translation>
    </message>
    <message>
      <source>Export &amp;PDF…</source>
      <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
      <source>Of the tickets created in the period and assigned to this person: those resolved late or still open past their resolution target, out of those resolved or already due.</source>
      <translation>Parmi les tickets créés sur la période et attribués à cette personne : ceux résolus en retard ou encore ouverts après leur échéance de résolution, sur ceux résolus ou déjà échus.</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>Personnel</translation>
    </message>
    <message>
      <source>Resolved</source>
      <translation>Résolus</translation>
    </message>
    <message>
      <source>Median resolution</source>
      <translation>Résolution médiane</translation>
    </message>
    <message>
      <source>Mean resolution</source>
      <translation>Résolution moyenne</translation>
    </message>
    <message>
      <source>Median first response</source>
      <translation>Première réponse médiane</translation>
    </message>
    <message>
      <source>Resolution SLA breached</source>
      <translation>Délai de résolution dépassé</translation>
    </message>
    <message>
      <source>Open now</source>
      <translation>Ouverts maintenant</translation>
    </message>
    <message>
      <source>CSV</source>
      <translation>CSV</translation>
    </message>
    <message>
      <source>Staff performance (resolved in the period; SLA over tickets created in it)</source>
      <translation>Performance du personnel (résolus sur la période ; délais sur les tickets créés pendant celle-ci)</translation>
    </message>
    <message>
      <source>The period must end after it starts.</source>
      <translation>La période doit se terminer après son début.</translation>
    </message>
    <message>
      <source>As of {moment}</source>
      <translation>Au {moment}</translation>
    </message>
    <message>
      <source>{open} open, {in_progress} in progress</source>
      <translation>{open} ouverts, {in_progress} en cours</translation>
    </message>
    <message>
      <source>tickets opened in the period</source>
      <translation>tickets ouverts sur la période</translation>
    </message>
    <message>
      <source>last resolved (or closed) in the period</source>
      <translation>derniers résolus (ou clos) sur la période</translation>
    </message>
    <message>
      <source>median; mean {mean}</source>
      <translation>médiane ; moyenne {mean}</translation>
    </message>
    <message>
      <source>No ticket was resolved in this period.</source>
      <translation>Aucun ticket n'a été résolu sur cette période.</translation>
    </message>
    <message>
      <source>No ticket created in this period has had a reply yet.</source>
      <translation>Aucun ticket créé sur cette période n'a encore reçu de réponse.</translation>
    </message>
    <message>
      <source>tickets</source>
      <translation>tickets</translation>
    </message>
    <message>
      <source>First response</source>
      <translation>Première réponse</translation>
    </message>
    <message>
      <source>Resolution</source>
      <translation>Résolution</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>Créé le</translation>
    </message>
    <message>
      <source>Save staff performance</source>
      <translation>Enregistrer la performance du personnel</translation>
    </message>
    <message>
      <source>Save dashboard</source>
      <translation>Enregistrer le tableau de bord</translation>
    </message>
    <message>
      <source>{start} to {end} (end excluded). </source>
      <translation>Du {start} au {end} (fin exclue). </translation>
    </message>
    <message>
      <source>Dusangire — Support</source>
      <translation>Dusangire — Assistance</translation>
    </message>
    <message>
      <source>Saved {path}</source>
      <translation>Enregistré : {path}</translation>
    </message>
  </context>
  <context>
    <name>TicketsPage</name>
    <message>
      <source>Unfinished (open, in progress)</source>
      <translation>Non terminés (ouverts, en cours)</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Toutes</translation>
    </message>
    <message>
      <source>Any priority</source>
      <translation>Toute priorité</translation>
    </message>
    <message>
      <source>&amp;Overdue only</source>
      <translation>&amp;En retard seulement</translation>
    </message>
    <message>
      <source>subject or number</source>
      <translation>objet ou numéro</translation>
    </message>
    <message>
      <source>&amp;New ticket…</source>
      <translation>&amp;Nouveau ticket…</translation>
    </message>
    <message>
      <source>Ticket</source>
      <translation>Ticket</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>Objet</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>Priorité</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Assignee</source>
      <translation>Attribué à</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>Créé le</translation>
    </message>
    <message>
      <source>SLA</source>
      <translation>Délai</translation>
    </message>
    <message>
      <source>OVERDUE</source>
      <translation>EN RETARD</translation>
    </message>
    <message>
      <source>First reply due {0}; resolution due {1}</source>
      <translation>Première réponse avant {0} ; résolution avant {1}</translation>
    </message>
    <message>
      <source>No ticket matches these filters.</source>
      <translation>Aucun ticket ne correspond à ces filtres.</translation>
    </message>
    <message>
      <source>Choose a ticket.</source>
      <translation>Choisissez un ticket.</translation>
    </message>
    <message>
      <source>Reply to the customer, or an internal note</source>
      <translation>Répondre au client, ou note interne</translation>
    </message>
    <message>
      <source>&amp;Internal note</source>
      <translation>Note &amp;interne</translation>
    </message>
    <message>
      <source>An internal note: the customer does not see it.</source>
      <translation>Une note interne : le client ne la voit pas.</translation>
    </message>
    <message>
      <source>Add &amp;comment</source>
      <translation>Ajouter un &amp;commentaire</translation>
    </message>
    <message>
      <source>&amp;Assign</source>
      <translation>&amp;Attribuer</translation>
    </message>
    <message>
      <source>Set priorit&amp;y</source>
      <translation>Définir la priorit&amp;é</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Commencer</translation>
    </message>
    <message>
      <source>Resolve</source>
      <translation>Résoudre</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Clore</translation>
    </message>
    <message>
      <source>Reopen</source>
      <translation>Rouvrir</translation>
    </message>
    <message>
      <source>Anyone</source>
      <translation>N'importe qui</translation>
    </message>
    <message>
      <source>Unassigned</source>
      <translation>Non attribué</translation>
    </message>
    <message>
      <source>not yet (due {0})</source>
      <translation>pas encore (échéance {0})</translation>
    </message>
    <message>
      <source>unassigned</source>
      <translation>non attribué</translation>
    </message>
    <message>
      <source>customer {0}</source>
      <translation>client {0}</translation>
    </message>
    <message>
      <source>order {0}</source>
      <translation>commande {0}</translation>
    </message>
    <message>
      <source>First response: {0}</source>
      <translation>Première réponse : {0}</translation>
    </message>
    <message>
      <source>(internal)</source>
      <translation>(interne)</translation>
    </message>
    <message>
      <source>{0}: {1}.</source>
      <translation>{0} : {1}.</translation>
    </message>
    <message>
      <source>{0} assigned.</source>
      <translation>{0} attribué.</translation>
    </message>
    <message>
      <source>{0} is now {1}.</source>
      <translation>{0} est maintenant {1}.</translation>
    </message>
    <message>
      <source>{0} created.</source>
      <translation>{0} créé.</translation>
    </message>
  </context>
  <context>
    <name>TillPage</name>
    <message>
      <source>This desk's shift</source>
      <translation>Le poste de cette caisse</translation>
    </message>
    <message>
      <source>All shifts</source>
      <translation>Tous les postes</translation>
    </message>
    <message>
      <source>Mobile-money reconciliation</source>
      <translation>Rapprochement Mobile Money</translation>
    </message>
    <message>
      <source>Fiscal receipts</source>
      <translation>Reçus fiscaux</translation>
    </message>
  </context>
  <context>
    <name>TillRulesDialog</name>
    <message>
      <source>Till rules</source>
      <translation>Règles de caisse</translation>
    </message>
    <message>
      <source>Variance needing &amp;approval above (RWF)</source>
      <translation>Écart nécessitant une &amp;approbation au-delà de (RWF)</translation>
    </message>
    <message>
      <source>&amp;Blind close</source>
      <translation>Clôture à l'&amp;aveugle</translation>
    </message>
  </context>
  <context>
    <name>TransferDialog</name>
    <message>
      <source>Transfer {patient}</source>
      <translation>Transférer {patient}</translation>
    </message>
    <message>
      <source>Transfer</source>
      <translation>Transférer</translation>
    </message>
    <message>
      <source>Now in</source>
      <translation>Actuellement en</translation>
    </message>
    <message>
      <source>To ward</source>
      <translation>Vers le service</translation>
    </message>
    <message>
      <source>Bed</source>
      <translation>Lit</translation>
    </message>
  </context>
  <context>
    <name>TraysTab</name>
    <message>
      <source>All wards</source>
      <translation>Tous les services</translation>
    </message>
    <message>
      <source>Ward / bed</source>
      <translation>Service / lit</translation>
    </message>
    <message>
      <source>Patient</source>
      <translation>Patient</translation>
    </message>
    <message>
      <source> (guest)</source>
      <translation> (invité)</translation>
    </message>
    <message>
      <source>Dishes</source>
      <translation>Plats</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <source>Late</source>
      <translation>En retard</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>Commande</translation>
    </message>
    <message>
      <source>Dish</source>
      <translation>Plat</translation>
    </message>
    <message>
      <source>Texture</source>
      <translation>Texture</translation>
    </message>
    <message>
      <source>Ward</source>
      <translation>Service</translation>
    </message>
    <message>
      <source>Count</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <source>Approve late tray…</source>
      <translation>Approuver un plateau en retard…</translation>
    </message>
    <message>
      <source>Refuse late tray…</source>
      <translation>Refuser le plateau en retard…</translation>
    </message>
    <message>
      <source>Tickets 80 mm PDF…</source>
      <translation>Étiquettes 80 mm en PDF…</translation>
    </message>
    <message>
      <source>Tickets A6 PDF…</source>
      <translation>Étiquettes A6 en PDF…</translation>
    </message>
    <message>
      <source>&amp;Print tickets</source>
      <translation>&amp;Imprimer les étiquettes</translation>
    </message>
    <message>
      <source>80 mm roll…</source>
      <translation>Rouleau 80 mm…</translation>
    </message>
    <message>
      <source>A6 labels…</source>
      <translation>Étiquettes A6…</translation>
    </message>
    <message>
      <source>&lt;b&gt;Kitchen counts&lt;/b&gt; (approved trays)</source>
      <translation>&lt;b&gt;Comptes pour la cuisine&lt;/b&gt; (plateaux approuvés)</translation>
    </message>
    <message>
      <source>Refused by {who}: {why}</source>
      <translation>Refusé par {who} : {why}</translation>
    </message>
    <message>
      <source>{m} min</source>
      <translation>{m} min</translation>
    </message>
    <message numerus="yes">
      <source>%n dish(es) — {totals}</source>
      <translation>
        <numerusform>%n plat — {totals}</numerusform>
        <numerusform>%n plats — {totals}</numerusform>
      </translation>
    </message>
    <message>
      <source>Late tray for {patient} refused; order {number} cancelled.</source>
      <translation>Plateau en retard pour {patient} refusé ; commande {number} annulée.</translation>
    </message>
    <message numerus="yes">
      <source>%n tray ticket(s) saved to {path}</source>
      <translation>
        <numerusform>%n étiquette de plateau enregistrée dans {path}</numerusform>
        <numerusform>%n étiquettes de plateau enregistrées dans {path}</numerusform>
      </translation>
    </message>
    <message>
      <source>Save tray tickets</source>
      <translation>Enregistrer les étiquettes de plateau</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
  </context>
  <context>
    <name>WardCutoffDialog</name>
    <message>
      <source>Ward cut-off</source>
      <translation>Heure limite du service</translation>
    </message>
    <message>
      <source>&amp;Ward</source>
      <translation>&amp;Service</translation>
    </message>
    <message>
      <source>&amp;Meal</source>
      <translation>&amp;Repas</translation>
    </message>
    <message>
      <source>Own cut-off</source>
      <translation>Heure limite propre</translation>
    </message>
    <message>
      <source>This ward closes at its own time</source>
      <translation>Ce service ferme à son heure propre</translation>
    </message>
    <message>
      <source>Orders &amp;close</source>
      <translation>Commandes &amp;closes à</translation>
    </message>
    <message>
      <source>All wards: orders close {cutoff}; served from {start}.</source>
      <translation>Tous les services : commandes closes à {cutoff} ; servi à partir de {start}.</translation>
    </message>
  </context>
  <context>
    <name>WardsPage</name>
    <message>
      <source>Patients</source>
      <translation>Patients</translation>
    </message>
    <message>
      <source>Round sheet</source>
      <translation>Fiche de tournée</translation>
    </message>
    <message>
      <source>Trays and kitchen</source>
      <translation>Plateaux et cuisine</translation>
    </message>
    <message>
      <source>Meal times</source>
      <translation>Horaires des repas</translation>
    </message>
  </context>
  <context>
    <name>_MealPicker</name>
    <message>
      <source>Day</source>
      <translation>Jour</translation>
    </message>
    <message>
      <source>Meal</source>
      <translation>Repas</translation>
    </message>
    <message>
      <source>Ward</source>
      <translation>Service</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <source>This is a read-only copy of the database: everything can be looked at, nothing can be saved. Make changes on the shared database.</source>
      <translation>Ceci est une copie en lecture seule de la base de données : tout peut être consulté, rien ne peut être enregistré. Faites les modifications sur la base de données partagée.</translation>
    </message>
    <message>
      <source>Opening the database: checking the dashboards' figures…</source>
      <translation>Ouverture de la base de données : vérification des chiffres des tableaux de bord…</translation>
    </message>
    <message>
      <source>Dusangire Desktop</source>
      <translation>Dusangire Desktop</translation>
    </message>
    <message>
      <source>Demo data loaded. Sign in as 'admin' with password {password}.</source>
      <translation>Données de démonstration chargées. Connectez-vous en tant que « admin » avec le mot de passe {password}.</translation>
    </message>
    <message>
      <source>Creating demo data…</source>
      <translation>Création des données de démonstration…</translation>
    </message>
    <message>
      <source>Loading the demo data</source>
      <translation>Chargement des données de démonstration</translation>
    </message>
  </context>
  <context>
    <name>areas</name>
    <message>
      <source>New order</source>
      <translation>Nouvelle commande</translation>
    </message>
    <message>
      <source>Front desk</source>
      <translation>Accueil</translation>
    </message>
    <message>
      <source>Order queue</source>
      <translation>File des commandes</translation>
    </message>
    <message>
      <source>Wards</source>
      <translation>Services</translation>
    </message>
    <message>
      <source>Till</source>
      <translation>Caisse</translation>
    </message>
    <message>
      <source>Catering</source>
      <translation>Traiteur</translation>
    </message>
    <message>
      <source>Meal packages</source>
      <translation>Formules repas</translation>
    </message>
    <message>
      <source>Support tickets</source>
      <translation>Tickets d'assistance</translation>
    </message>
    <message>
      <source>Support</source>
      <translation>Assistance</translation>
    </message>
    <message>
      <source>Consultations</source>
      <translation>Consultations</translation>
    </message>
    <message>
      <source>Nutrition</source>
      <translation>Nutrition</translation>
    </message>
    <message>
      <source>My clients and plans</source>
      <translation>Mes clients et plans</translation>
    </message>
    <message>
      <source>Availability and time off</source>
      <translation>Disponibilités et congés</translation>
    </message>
    <message>
      <source>Customers</source>
      <translation>Clients</translation>
    </message>
    <message>
      <source>Corporate partners</source>
      <translation>Partenaires d'entreprise</translation>
    </message>
    <message>
      <source>Management</source>
      <translation>Direction</translation>
    </message>
    <message>
      <source>Menu</source>
      <translation>Menu</translation>
    </message>
    <message>
      <source>Administration</source>
      <translation>Administration</translation>
    </message>
    <message>
      <source>Business intelligence</source>
      <translation>Informatique décisionnelle</translation>
    </message>
    <message>
      <source>Operations today</source>
      <translation>Activité du jour</translation>
    </message>
    <message>
      <source>Support dashboard</source>
      <translation>Tableau de bord de l'assistance</translation>
    </message>
    <message>
      <source>Staff accounts</source>
      <translation>Comptes du personnel</translation>
    </message>
    <message>
      <source>Audit log</source>
      <translation>Journal d'audit</translation>
    </message>
    <message>
      <source>My account</source>
      <translation>Mon compte</translation>
    </message>
  </context>
  <context>
    <name>dashboards</name>
    <message>
      <source>Orders</source>
      <translation>Commandes</translation>
    </message>
    <message>
      <source>Order revenue</source>
      <translation>Chiffre d'affaires des commandes</translation>
    </message>
    <message>
      <source>Average order value</source>
      <translation>Panier moyen</translation>
    </message>
    <message>
      <source>Retention</source>
      <translation>Fidélisation</translation>
    </message>
    <message>
      <source>Churn (orders)</source>
      <translation>Attrition (commandes)</translation>
    </message>
    <message>
      <source>Churn (subscriptions)</source>
      <translation>Attrition (abonnements)</translation>
    </message>
    <message>
      <source>Lifetime value (historical)</source>
      <translation>Valeur vie client (historique)</translation>
    </message>
    <message>
      <source>Lifetime value (predictive)</source>
      <translation>Valeur vie client (prévisionnelle)</translation>
    </message>
    <message>
      <source>Revenue, all channels</source>
      <translation>Chiffre d'affaires, tous canaux</translation>
    </message>
    <message>
      <source>Target attainment</source>
      <translation>Atteinte de l'objectif</translation>
    </message>
    <message>
      <source>Corporate</source>
      <translation>Entreprises</translation>
    </message>
    <message>
      <source>Catering</source>
      <translation>Traiteur</translation>
    </message>
    <message>
      <source>Subscriptions</source>
      <translation>Abonnements</translation>
    </message>
    <message>
      <source>Revenue by month and target</source>
      <translation>Chiffre d'affaires par mois et objectif</translation>
    </message>
    <message>
      <source>Average order value by month</source>
      <translation>Panier moyen par mois</translation>
    </message>
    <message>
      <source>This month (to date)</source>
      <translation>Ce mois-ci (à ce jour)</translation>
    </message>
    <message>
      <source>Last month</source>
      <translation>Le mois dernier</translation>
    </message>
    <message>
      <source>Last 3 months</source>
      <translation>Les 3 derniers mois</translation>
    </message>
    <message>
      <source>This year (to date)</source>
      <translation>Cette année (à ce jour)</translation>
    </message>
    <message>
      <source>Custom</source>
      <translation>Personnalisée</translation>
    </message>
    <message>
      <source>Today — {channel}</source>
      <translation>Aujourd'hui — {channel}</translation>
    </message>
    <message>
      <source>Month to date — {channel}</source>
      <translation>Mois en cours — {channel}</translation>
    </message>
    <message>
      <source>total</source>
      <translation>total</translation>
    </message>
    <message>
      <source>Orders placed today</source>
      <translation>Commandes passées aujourd'hui</translation>
    </message>
    <message>
      <source>Late now</source>
      <translation>En retard maintenant</translation>
    </message>
    <message>
      <source>Placed → delivered today</source>
      <translation>Passée → livrée aujourd'hui</translation>
    </message>
    <message>
      <source>Catering events today</source>
      <translation>Événements traiteur aujourd'hui</translation>
    </message>
    <message>
      <source>Consultations today</source>
      <translation>Consultations aujourd'hui</translation>
    </message>
    <message>
      <source>Month to date by channel</source>
      <translation>Mois en cours par canal</translation>
    </message>
    <message>
      <source>Orders placed today by state</source>
      <translation>Commandes passées aujourd'hui par état</translation>
    </message>
    <message>
      <source>Backlog (open + in progress)</source>
      <translation>Arriéré (ouverts + en cours)</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>Créé le</translation>
    </message>
    <message>
      <source>Resolved</source>
      <translation>Résolus</translation>
    </message>
    <message>
      <source>Resolution time</source>
      <translation>Délai de résolution</translation>
    </message>
    <message>
      <source>First response time</source>
      <translation>Délai de première réponse</translation>
    </message>
    <message>
      <source>Tickets by status now</source>
      <translation>Tickets par état maintenant</translation>
    </message>
    <message>
      <source>SLA breach rate by priority (%)</source>
      <translation>Taux de dépassement des délais par priorité (%)</translation>
    </message>
    <message>
      <source>Created in the period and open now, by priority</source>
      <translation>Créés sur la période et ouverts maintenant, par priorité</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <source>Unsupported database '{driver}'. Dusangire runs on SQLite files and PostgreSQL.</source>
      <translation>Base de données non prise en charge '{driver}'. Dusangire fonctionne avec des fichiers SQLite et PostgreSQL.</translation>
    </message>
    <message>
      <source>'{url}' is not a database address. Use a file path like sqlite:///C:/data/dusangire.sqlite or postgresql+psycopg://user@host/dbname.</source>
      <translation>'{url}' n'est pas une adresse de base de données. Utilisez un chemin de fichier comme sqlite:///C:/data/dusangire.sqlite ou postgresql+psycopg://user@host/dbname.</translation>
    </message>
    <message>
      <source>SQLite file {path}</source>
      <translation>Fichier SQLite {path}</translation>
    </message>
    <message>
      <source>Cannot reach {where}: the server name '{host}' is not known. Check the server name in the database address, and the network cable or Wi-Fi; your work is kept and the app retries.</source>
      <translation>Impossible de joindre {where} : le nom de serveur '{host}' est inconnu. Vérifiez le nom du serveur dans l'adresse de la base de données, ainsi que le câble réseau ou le Wi-Fi ; votre travail est conservé et l'application réessaie.</translation>
    </message>
    <message>
      <source>Cannot reach {where}: the server did not answer within {seconds} seconds. Check the network cable or Wi-Fi, and that the database server is running; your work is kept and the app retries.</source>
      <translation>Impossible de joindre {where} : le serveur n'a pas répondu en {seconds} secondes. Vérifiez le câble réseau ou le Wi-Fi, et que le serveur de base de données fonctionne ; votre travail est conservé et l'application réessaie.</translation>
    </message>
    <message>
      <source>{where}: the password for user '{user}' is wrong (or missing). Check the password in the database address, or ask IT for it.</source>
      <translation>{where} : le mot de passe de l'utilisateur '{user}' est incorrect (ou absent). Vérifiez le mot de passe dans l'adresse de la base de données, ou demandez-le à l'informatique.</translation>
    </message>
    <message>
      <source>{where}: the server has no user '{user}'. Check the user name in the database address, or ask IT to create it (CREATE ROLE "{user}" LOGIN PASSWORD '...').</source>
      <translation>{where} : le serveur n'a pas d'utilisateur '{user}'. Vérifiez le nom d'utilisateur dans l'adresse de la base de données, ou demandez à l'informatique de le créer (CREATE ROLE "{user}" LOGIN PASSWORD '...').</translation>
    </message>
    <message>
      <source>PostgreSQL at {host} has no database '{name}'. Check the name in the database address, or create it (CREATE DATABASE {name}; or createdb -h {host} {name}), then start again: Dusangire creates its tables in it.</source>
      <translation>PostgreSQL sur {host} n'a pas de base de données '{name}'. Vérifiez le nom dans l'adresse de la base de données, ou créez-la (CREATE DATABASE {name}; ou createdb -h {host} {name}), puis relancez : Dusangire y crée ses tables.</translation>
    </message>
    <message>
      <source>{where} does not let user '{user}' connect from this workstation ({detail}). Ask IT to allow it (pg_hba.conf on the server).</source>
      <translation>{where} n'autorise pas l'utilisateur '{user}' à se connecter depuis ce poste ({detail}). Demandez à l'informatique de l'autoriser (pg_hba.conf sur le serveur).</translation>
    </message>
    <message>
      <source>{where} is damaged or is not a Dusangire database ({detail}). Restore it from a backup copy (a .bak file sits beside it after each upgrade) or choose another file with --database.</source>
      <translation>{where} est endommagé ou n'est pas une base de données Dusangire ({detail}). Restaurez-le à partir d'une copie de sauvegarde (un fichier .bak se trouve à côté après chaque mise à niveau) ou choisissez un autre fichier avec --database.</translation>
    </message>
    <message>
      <source>{where} cannot be opened ({detail}). Check that the folder exists and is writable.</source>
      <translation>{where} ne peut pas être ouvert ({detail}). Vérifiez que le dossier existe et est accessible en écriture.</translation>
    </message>
    <message>
      <source>Cannot reach {where} ({detail}). Check the network cable or Wi-Fi, and that the database server is running; your work is kept and the app retries.</source>
      <translation>Impossible de joindre {where} ({detail}). Vérifiez le câble réseau ou le Wi-Fi, et que le serveur de base de données fonctionne ; votre travail est conservé et l'application réessaie.</translation>
    </message>
    <message>
      <source>{where} is read-only (the file or its folder), so nothing can be saved there. Commands that only read (report, staff list) work on it; to change data, ask IT for write access or use the shared database.</source>
      <translation>{where} est en lecture seule (le fichier ou son dossier), donc rien ne peut y être enregistré. Les commandes qui ne font que lire (report, staff list) y fonctionnent ; pour modifier les données, demandez à l'informatique un accès en écriture ou utilisez la base de données partagée.</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist, so SQLite file {name} cannot be there. Create the folder, or choose another file with --database.</source>
      <translation>Le dossier {folder} n'existe pas, donc le fichier SQLite {name} ne peut pas s'y trouver. Créez le dossier ou choisissez un autre fichier avec --database.</translation>
    </message>
    <message>
      <source>run `dusangire-desktop db upgrade` on it (with the same --database) first</source>
      <translation>exécutez d'abord `dusangire-desktop db upgrade` dessus (avec le même --database)</translation>
    </message>
    <message>
      <source>it is a read-only copy, so it cannot be upgraded here: take a new snapshot</source>
      <translation>c'est une copie en lecture seule, elle ne peut donc pas être mise à niveau ici : prenez un nouvel instantané</translation>
    </message>
    <message>
      <source>{where} does not exist, so there is nothing to read. Check the file name; to start a new database there, {hint}.</source>
      <translation>{where} n'existe pas, il n'y a donc rien à lire. Vérifiez le nom du fichier ; pour y créer une nouvelle base de données, {hint}.</translation>
    </message>
    <message>
      <source> and {count} more</source>
      <translation> et {count} de plus</translation>
    </message>
    <message>
      <source>{where} holds schema revision {revision}, which this version of Dusangire Desktop does not know: it was made by a newer version (install that version on this workstation) or by another application (check the address).</source>
      <translation>{where} contient la révision de schéma {revision}, que cette version de Dusangire Desktop ne connaît pas : elle a été créée par une version plus récente (installez cette version sur ce poste) ou par une autre application (vérifiez l'adresse).</translation>
    </message>
    <message>
      <source>{where} has no Dusangire schema (it holds other tables: {tables}); {hint}, or check the address.</source>
      <translation>{where} n'a pas de schéma Dusangire (elle contient d'autres tables : {tables}) ; {hint}, ou vérifiez l'adresse.</translation>
    </message>
    <message>
      <source>{where} has no Dusangire schema; {hint}, or check the address.</source>
      <translation>{where} n'a pas de schéma Dusangire ; {hint}, ou vérifiez l'adresse.</translation>
    </message>
    <message>
      <source>{where} has an older schema ({current}) than this version of the app ({head}); {hint}.</source>
      <translation>{where} a un schéma plus ancien ({current}) que cette version de l'application ({head}) ; {hint}.</translation>
    </message>
    <message>
      <source>{where} already holds other tables ({tables}) but no Dusangire schema, so Dusangire will not put its tables beside them. Choose an empty database (CREATE DATABASE dusangire) or a new SQLite file with --database.</source>
      <translation>{where} contient déjà d'autres tables ({tables}) mais aucun schéma Dusangire, donc Dusangire n'y ajoutera pas ses tables. Choisissez une base de données vide (CREATE DATABASE dusangire) ou un nouveau fichier SQLite avec --database.</translation>
    </message>
    <message>
      <source>Enter a username.</source>
      <translation>Saisissez un nom d'utilisateur.</translation>
    </message>
    <message>
      <source>The username may have at most 40 characters.</source>
      <translation>Le nom d'utilisateur ne doit pas dépasser 40 caractères.</translation>
    </message>
    <message>
      <source>A username starts with a letter and uses 3 to 40 lowercase letters, digits, dots, dashes or underscores (for example 'a.uwase').</source>
      <translation>Un nom d'utilisateur commence par une lettre et compte de 3 à 40 lettres minuscules, chiffres, points, tirets ou traits de soulignement (par exemple 'a.uwase').</translation>
    </message>
    <message>
      <source>Enter the person's full name.</source>
      <translation>Saisissez le nom complet de la personne.</translation>
    </message>
    <message>
      <source>The name may have at most {limit} characters.</source>
      <translation>Le nom ne doit pas dépasser {limit} caractères.</translation>
    </message>
    <message>
      <source>An administrator already exists. Sign in with that account instead.</source>
      <translation>Un administrateur existe déjà. Connectez-vous plutôt avec ce compte.</translation>
    </message>
    <message>
      <source>The username '{username}' is already taken. Choose another.</source>
      <translation>Le nom d'utilisateur '{username}' est déjà pris. Choisissez-en un autre.</translation>
    </message>
    <message>
      <source>There is no staff account '{wanted}'. Check the spelling against the staff list.</source>
      <translation>Il n'existe pas de compte du personnel '{wanted}'. Vérifiez l'orthographe dans la liste du personnel.</translation>
    </message>
    <message>
      <source>That staff account no longer exists. Refresh the list.</source>
      <translation>Ce compte du personnel n'existe plus. Actualisez la liste.</translation>
    </message>
    <message>
      <source>This is the last active administrator; make someone else admin first.</source>
      <translation>C'est le dernier administrateur actif ; nommez d'abord quelqu'un d'autre administrateur.</translation>
    </message>
    <message>
      <source>You cannot deactivate your own account while signed in with it.</source>
      <translation>Vous ne pouvez pas désactiver votre propre compte tant que vous êtes connecté avec.</translation>
    </message>
    <message>
      <source>This is the last active administrator and cannot be deactivated.</source>
      <translation>C'est le dernier administrateur actif ; il ne peut pas être désactivé.</translation>
    </message>
    <message>
      <source>The command line has no password to change.</source>
      <translation>La ligne de commande n'a pas de mot de passe à changer.</translation>
    </message>
    <message>
      <source>Enter your current password.</source>
      <translation>Saisissez votre mot de passe actuel.</translation>
    </message>
    <message>
      <source>The new password must differ from the current one.</source>
      <translation>Le nouveau mot de passe doit être différent de l'actuel.</translation>
    </message>
    <message>
      <source>The current password is wrong.</source>
      <translation>Le mot de passe actuel est incorrect.</translation>
    </message>
    <message>
      <source>The command line has no account to keep a language on.</source>
      <translation>La ligne de commande n'a pas de compte sur lequel garder une langue.</translation>
    </message>
    <message>
      <source>the text '{value}'</source>
      <translation>le texte '{value}'</translation>
    </message>
    <message>
      <source>Enter {what} as a whole number of francs, like 3500 (not {shown}).</source>
      <translation>Saisissez {what} en nombre entier de francs, par exemple 3500 (pas {shown}).</translation>
    </message>
    <message>
      <source>Enter {what} as a whole number, like 2 (not {shown}).</source>
      <translation>Saisissez {what} en nombre entier, par exemple 2 (pas {shown}).</translation>
    </message>
    <message>
      <source>Enter {what} in RWF.</source>
      <translation>Saisissez {what} en RWF.</translation>
    </message>
    <message>
      <source>{What} cannot be negative ({amount:,} RWF).</source>
      <translation>{What} : un montant négatif n'est pas accepté ({amount:,} RWF).</translation>
    </message>
    <message>
      <source>{What} must be at least {minimum:,} RWF, not {amount:,}.</source>
      <translation>{What} : au moins {minimum:,} RWF, pas {amount:,}.</translation>
    </message>
    <message>
      <source>{What} can be at most {maximum:,} RWF; check {amount:,} RWF for a slip of the keyboard.</source>
      <translation>{What} : au plus {maximum:,} RWF ; vérifiez {amount:,} RWF, peut-être une faute de frappe.</translation>
    </message>
    <message>
      <source>Enter {what}.</source>
      <translation>Saisissez {what}.</translation>
    </message>
    <message>
      <source>{What} must be at least {minimum:,}, not {number:,}.</source>
      <translation>{What} : au moins {minimum:,}, pas {number:,}.</translation>
    </message>
    <message>
      <source>{What} can be at most {maximum:,}, not {number:,}.</source>
      <translation>{What} : au plus {maximum:,}, pas {number:,}.</translation>
    </message>
    <message>
      <source>Enter {what} as a percentage from 0 to 100 with at most two decimals, like 12.5.</source>
      <translation>Saisissez {what} en pourcentage de 0 à 100 avec au plus deux décimales, par exemple 12.5.</translation>
    </message>
    <message>
      <source>A nutritionist sees their own dashboard.</source>
      <translation>Un nutritionniste voit son propre tableau de bord.</translation>
    </message>
    <message>
      <source>The period must end after it starts ({start} to {end}).</source>
      <translation>La période doit se terminer après avoir commencé ({start} à {end}).</translation>
    </message>
    <message>
      <source>Wrong username or password. After {attempts} wrong passwords an account is locked for {minutes} minutes.</source>
      <translation>Nom d'utilisateur ou mot de passe incorrect. Après {attempts} mots de passe erronés, un compte est verrouillé pendant {minutes} minutes.</translation>
    </message>
    <message>
      <source>manage staff</source>
      <translation>gérer le personnel</translation>
    </message>
    <message>
      <source>view audit</source>
      <translation>consulter l'audit</translation>
    </message>
    <message>
      <source>manage settings</source>
      <translation>gérer les paramètres</translation>
    </message>
    <message>
      <source>view customers</source>
      <translation>consulter les clients</translation>
    </message>
    <message>
      <source>manage customers</source>
      <translation>gérer les clients</translation>
    </message>
    <message>
      <source>take orders</source>
      <translation>prendre des commandes</translation>
    </message>
    <message>
      <source>manage orders</source>
      <translation>gérer les commandes</translation>
    </message>
    <message>
      <source>refund orders</source>
      <translation>rembourser des commandes</translation>
    </message>
    <message>
      <source>manage menu</source>
      <translation>gérer le menu</translation>
    </message>
    <message>
      <source>manage corporate</source>
      <translation>gérer les partenaires d'entreprise</translation>
    </message>
    <message>
      <source>view corporate statements</source>
      <translation>consulter les relevés des entreprises</translation>
    </message>
    <message>
      <source>book consultations</source>
      <translation>réserver des consultations</translation>
    </message>
    <message>
      <source>manage own schedule</source>
      <translation>gérer son propre horaire</translation>
    </message>
    <message>
      <source>manage all schedules</source>
      <translation>gérer tous les horaires</translation>
    </message>
    <message>
      <source>manage meal plans</source>
      <translation>gérer les plans alimentaires</translation>
    </message>
    <message>
      <source>take catering</source>
      <translation>prendre des demandes de traiteur</translation>
    </message>
    <message>
      <source>manage catering</source>
      <translation>gérer le service traiteur</translation>
    </message>
    <message>
      <source>manage catering packages</source>
      <translation>gérer les formules traiteur</translation>
    </message>
    <message>
      <source>manage subscriptions</source>
      <translation>gérer les abonnements</translation>
    </message>
    <message>
      <source>manage subscription plans</source>
      <translation>gérer les formules d'abonnement</translation>
    </message>
    <message>
      <source>create tickets</source>
      <translation>créer des tickets</translation>
    </message>
    <message>
      <source>work tickets</source>
      <translation>traiter des tickets</translation>
    </message>
    <message>
      <source>view bi</source>
      <translation>consulter l'analyse (BI)</translation>
    </message>
    <message>
      <source>view support dashboard</source>
      <translation>consulter le tableau de bord du support</translation>
    </message>
    <message>
      <source>view nutrition dashboard</source>
      <translation>consulter le tableau de bord nutrition</translation>
    </message>
    <message>
      <source>view operations</source>
      <translation>consulter les opérations</translation>
    </message>
    <message>
      <source>manage targets</source>
      <translation>gérer les objectifs</translation>
    </message>
    <message>
      <source>view wards</source>
      <translation>consulter les services hospitaliers</translation>
    </message>
    <message>
      <source>admit patients</source>
      <translation>admettre des patients</translation>
    </message>
    <message>
      <source>write diet orders</source>
      <translation>prescrire des régimes</translation>
    </message>
    <message>
      <source>approve late trays</source>
      <translation>approuver les plateaux tardifs</translation>
    </message>
    <message>
      <source>manage meal times</source>
      <translation>gérer les heures des repas</translation>
    </message>
    <message>
      <source>use till</source>
      <translation>utiliser la caisse</translation>
    </message>
    <message>
      <source>supervise till</source>
      <translation>superviser la caisse</translation>
    </message>
    <message>
      <source>manage fiscal</source>
      <translation>gérer la facturation fiscale</translation>
    </message>
    <message>
      <source>Front desk</source>
      <translation>Accueil</translation>
    </message>
    <message>
      <source>Nutritionist</source>
      <translation>Nutritionniste</translation>
    </message>
    <message>
      <source>Support</source>
      <translation>Support</translation>
    </message>
    <message>
      <source>Manager</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <source>Administrator</source>
      <translation>Administrateur</translation>
    </message>
    <message>
      <source>{role} accounts may not {action}. Ask a manager or an administrator.</source>
      <translation>Les comptes {role} ne peuvent pas {action}. Demandez à un responsable ou à un administrateur.</translation>
    </message>
    <message>
      <source>This account was deactivated by an administrator, so nothing was done. Sign out; an administrator can reactivate the account.</source>
      <translation>Ce compte a été désactivé par un administrateur, donc rien n'a été fait. Déconnectez-vous ; un administrateur peut réactiver le compte.</translation>
    </message>
    <message>
      <source>You are signed in with a temporary password. Choose your own password in My account first; nothing else can be done until then.</source>
      <translation>Vous êtes connecté avec un mot de passe temporaire. Choisissez d'abord votre propre mot de passe dans Mon compte ; rien d'autre n'est possible d'ici là.</translation>
    </message>
    <message>
      <source>An administrator changed your role to {role}. {role} accounts may not {action}. Ask a manager or an administrator.</source>
      <translation>Un administrateur a changé votre rôle en {role}. Les comptes {role} ne peuvent pas {action}. Demandez à un responsable ou à un administrateur.</translation>
    </message>
    <message>
      <source>The password needs at least {minimum} characters.</source>
      <translation>Le mot de passe doit compter au moins {minimum} caractères.</translation>
    </message>
    <message>
      <source>The password may have at most {limit} characters.</source>
      <translation>Le mot de passe ne doit pas dépasser {limit} caractères.</translation>
    </message>
    <message>
      <source>The password needs both letters and digits.</source>
      <translation>Le mot de passe doit contenir des lettres et des chiffres.</translation>
    </message>
    <message>
      <source>The password must not contain the username.</source>
      <translation>Le mot de passe ne doit pas contenir le nom d'utilisateur.</translation>
    </message>
    <message>
      <source>Enter your username and password.</source>
      <translation>Saisissez votre nom d'utilisateur et votre mot de passe.</translation>
    </message>
    <message>
      <source>This account has been deactivated. Ask an administrator to reactivate it.</source>
      <translation>Ce compte a été désactivé. Demandez à un administrateur de le réactiver.</translation>
    </message>
    <message>
      <source>After too many wrong passwords this account is locked for 1 more minute. Wait, or ask an administrator: resetting your password unlocks it.</source>
      <translation>Après trop de mots de passe erronés, ce compte est verrouillé pendant encore 1 minute. Patientez, ou demandez à un administrateur : réinitialiser votre mot de passe le déverrouille.</translation>
    </message>
    <message>
      <source>After too many wrong passwords this account is locked for {minutes} more minutes. Wait, or ask an administrator: resetting your password unlocks it.</source>
      <translation>Après trop de mots de passe erronés, ce compte est verrouillé pendant encore {minutes} minutes. Patientez, ou demandez à un administrateur : réinitialiser votre mot de passe le déverrouille.</translation>
    </message>
    <message>
      <source>An add-on does not belong to this package.</source>
      <translation>Une option n'appartient pas à cette formule.</translation>
    </message>
    <message>
      <source>A catering estimate can be at most {limit:,} RWF; this one comes to {total:,} RWF. Check the number of guests.</source>
      <translation>Un devis traiteur ne peut pas dépasser {limit:,} RWF ; celui-ci atteint {total:,} RWF. Vérifiez le nombre d'invités.</translation>
    </message>
    <message>
      <source>the price per person</source>
      <translation>le prix par personne</translation>
    </message>
    <message>
      <source>the setup fee</source>
      <translation>les frais d'installation</translation>
    </message>
    <message>
      <source>the minimum number of guests</source>
      <translation>le nombre minimum d'invités</translation>
    </message>
    <message>
      <source>the maximum number of guests</source>
      <translation>le nombre maximum d'invités</translation>
    </message>
    <message>
      <source>the large-group threshold</source>
      <translation>le seuil des grands groupes</translation>
    </message>
    <message>
      <source>the large-group price</source>
      <translation>le prix des grands groupes</translation>
    </message>
    <message>
      <source>The package needs a name of at most 80 characters.</source>
      <translation>La formule doit avoir un nom de 80 caractères au plus.</translation>
    </message>
    <message>
      <source>The maximum ({max_guests}) is below the minimum ({min_guests}).</source>
      <translation>Le maximum ({max_guests}) est inférieur au minimum ({min_guests}).</translation>
    </message>
    <message>
      <source>Give both the large-group threshold and its price, or neither.</source>
      <translation>Indiquez à la fois le seuil des grands groupes et son prix, ou aucun des deux.</translation>
    </message>
    <message>
      <source>A package called '{name}' already exists.</source>
      <translation>Une formule nommée '{name}' existe déjà.</translation>
    </message>
    <message>
      <source>That package no longer exists.</source>
      <translation>Cette formule n'existe plus.</translation>
    </message>
    <message>
      <source>The add-on needs a name of at most 80 characters.</source>
      <translation>L'option doit avoir un nom de 80 caractères au plus.</translation>
    </message>
    <message>
      <source>the add-on's price</source>
      <translation>le prix de l'option</translation>
    </message>
    <message>
      <source>'{name}' is already an add-on of this package.</source>
      <translation>'{name}' est déjà une option de cette formule.</translation>
    </message>
    <message>
      <source>the number of guests</source>
      <translation>le nombre d'invités</translation>
    </message>
    <message>
      <source>Enter who to contact about the event.</source>
      <translation>Indiquez la personne à contacter pour l'événement.</translation>
    </message>
    <message>
      <source>The contact name may have at most 120 characters.</source>
      <translation>Le nom du contact ne doit pas dépasser 120 caractères.</translation>
    </message>
    <message>
      <source>Enter the contact's phone number.</source>
      <translation>Saisissez le numéro de téléphone du contact.</translation>
    </message>
    <message>
      <source>Enter the venue (at most 120 characters).</source>
      <translation>Saisissez le lieu (120 caractères au plus).</translation>
    </message>
    <message>
      <source>The organisation (120) or notes (2,000 characters) are too long.</source>
      <translation>L'organisation (120) ou les notes (2 000 caractères) sont trop longues.</translation>
    </message>
    <message>
      <source>The event time needs a date and time.</source>
      <translation>L'heure de l'événement nécessite une date et une heure.</translation>
    </message>
    <message>
      <source>That package is not offered any more. Choose another.</source>
      <translation>Cette formule n'est plus proposée. Choisissez-en une autre.</translation>
    </message>
    <message>
      <source>{name} is for {min_guests} to {max_guests} guests, not {guests}.</source>
      <translation>{name} est prévu pour {min_guests} à {max_guests} invités, pas {guests}.</translation>
    </message>
    <message>
      <source>The kitchen needs at least 48 hours: choose an event after {earliest:%a %d %b %H:%M}.</source>
      <translation>La cuisine a besoin d'au moins 48 heures : choisissez un événement après le {earliest:%a %d %b %H:%M}.</translation>
    </message>
    <message>
      <source>the quoted price</source>
      <translation>le prix du devis</translation>
    </message>
    <message>
      <source>That catering request does not exist.</source>
      <translation>Cette demande de traiteur n'existe pas.</translation>
    </message>
    <message>
      <source>Request {number}</source>
      <translation>La demande {number}</translation>
    </message>
    <message>
      <source>{number} is {status}; it cannot become {to}.</source>
      <translation>{number} est {status} ; elle ne peut pas passer à {to}.</translation>
    </message>
    <message>
      <source>The event has not happened yet.</source>
      <translation>L'événement n'a pas encore eu lieu.</translation>
    </message>
    <message>
      <source>Give the reason for cancelling.</source>
      <translation>Indiquez le motif de l'annulation.</translation>
    </message>
    <message>
      <source>Enter {label}.</source>
      <translation>Saisissez {label}.</translation>
    </message>
    <message>
      <source>{Label} may have at most {limit} characters.</source>
      <translation>{Label} : {limit} caractères au plus.</translation>
    </message>
    <message>
      <source>the company name</source>
      <translation>le nom de l'entreprise</translation>
    </message>
    <message>
      <source>the contact person</source>
      <translation>la personne à contacter</translation>
    </message>
    <message>
      <source>the e-mail</source>
      <translation>l'e-mail</translation>
    </message>
    <message>
      <source>A partner called '{name}' already exists.</source>
      <translation>Un partenaire nommé '{name}' existe déjà.</translation>
    </message>
    <message>
      <source>That partner no longer exists.</source>
      <translation>Ce partenaire n'existe plus.</translation>
    </message>
    <message>
      <source>the contract code</source>
      <translation>le code du contrat</translation>
    </message>
    <message>
      <source>The contract ends ({ends_on:%d %b %Y}) before it starts ({starts_on:%d %b %Y}).</source>
      <translation>Le contrat se termine ({ends_on:%d %b %Y}) avant de commencer ({starts_on:%d %b %Y}).</translation>
    </message>
    <message>
      <source>the discount</source>
      <translation>la remise</translation>
    </message>
    <message>
      <source>the monthly allowance</source>
      <translation>l'allocation mensuelle</translation>
    </message>
    <message>
      <source>The contract code {code} is already used.</source>
      <translation>Le code de contrat {code} est déjà utilisé.</translation>
    </message>
    <message>
      <source>{name} already has active contract {code} from {starts_on:%d %b %Y} to {ends_on:%d %b %Y}. Suspend it or change the dates first.</source>
      <translation>{name} a déjà le contrat actif {code} du {starts_on:%d %b %Y} au {ends_on:%d %b %Y}. Suspendez-le ou modifiez d'abord les dates.</translation>
    </message>
    <message>
      <source>That contract no longer exists.</source>
      <translation>Ce contrat n'existe plus.</translation>
    </message>
    <message>
      <source>the employee number</source>
      <translation>le matricule</translation>
    </message>
    <message>
      <source>the employee's full name</source>
      <translation>le nom complet de l'employé</translation>
    </message>
    <message>
      <source>Employee number {number} is already enrolled.</source>
      <translation>Le matricule {number} est déjà inscrit.</translation>
    </message>
    <message>
      <source>That employee is not enrolled.</source>
      <translation>Cet employé n'est pas inscrit.</translation>
    </message>
    <message>
      <source>the full name</source>
      <translation>le nom complet</translation>
    </message>
    <message>
      <source>employee number {number} is also on line {other}</source>
      <translation>le matricule {number} figure aussi à la ligne {other}</translation>
    </message>
    <message>
      <source>employee number {number} is already enrolled</source>
      <translation>le matricule {number} est déjà inscrit</translation>
    </message>
    <message>
      <source>{done:,} of {count:,} employees</source>
      <translation>{done:,} employés sur {count:,}</translation>
    </message>
    <message>
      <source>more fields than columns (a comma inside a name needs quotes)</source>
      <translation>plus de champs que de colonnes (une virgule dans un nom doit être entre guillemets)</translation>
    </message>
    <message>
      <source>  line {line}: {reason}</source>
      <translation>  ligne {line} : {reason}</translation>
    </message>
    <message>
      <source>
  … and {count} more</source>
      <translation>
  … et {count} de plus</translation>
    </message>
    <message>
      <source>Nothing was imported from {name}: {count} problem(s) to fix.
{lines}</source>
      <translation>Rien n'a été importé de {name} : {count} problème(s) à corriger.
{lines}</translation>
    </message>
    <message>
      <source>the header lacks column(s) {missing}; expected: {expected}</source>
      <translation>il manque la ou les colonnes {missing} dans l'en-tête ; attendu : {expected}</translation>
    </message>
    <message>
      <source>the file has a header but no rows</source>
      <translation>le fichier a un en-tête mais aucune ligne</translation>
    </message>
    <message>
      <source>{name} is larger than {megabytes} MB; split it into smaller files.</source>
      <translation>{name} dépasse {megabytes} Mo ; découpez-le en fichiers plus petits.</translation>
    </message>
    <message>
      <source>{name} is not UTF-8 text. Save it as "CSV UTF-8" and try again.</source>
      <translation>{name} n'est pas un texte UTF-8. Enregistrez-le au format "CSV UTF-8" et réessayez.</translation>
    </message>
    <message>
      <source>Cannot read {path}: {problem}.</source>
      <translation>Impossible de lire {path} : {problem}.</translation>
    </message>
    <message>
      <source>'{phone}' is not a Rwandan mobile number. Use 07XXXXXXXX or +2507XXXXXXXX (MTN 078/079, Airtel 072/073).</source>
      <translation>'{phone}' n'est pas un numéro mobile rwandais. Utilisez 07XXXXXXXX ou +2507XXXXXXXX (MTN 078/079, Airtel 072/073).</translation>
    </message>
    <message>
      <source>the customer's full name</source>
      <translation>le nom complet du client</translation>
    </message>
    <message>
      <source>Enter the customer's full name.</source>
      <translation>Saisissez le nom complet du client.</translation>
    </message>
    <message>
      <source>the e-mail address</source>
      <translation>l'adresse e-mail</translation>
    </message>
    <message>
      <source>'{email}' is not an e-mail address.</source>
      <translation>'{email}' n'est pas une adresse e-mail.</translation>
    </message>
    <message>
      <source>the ward</source>
      <translation>le service</translation>
    </message>
    <message>
      <source>the bed</source>
      <translation>le lit</translation>
    </message>
    <message>
      <source>A patient needs a ward, so meals reach the bed.</source>
      <translation>Un patient a besoin d'un service, pour que les repas arrivent au lit.</translation>
    </message>
    <message>
      <source>A patient needs a bed number.</source>
      <translation>Un patient a besoin d'un numéro de lit.</translation>
    </message>
    <message>
      <source>Visitors and outside guests need a phone number to be called back.</source>
      <translation>Les visiteurs et les invités extérieurs ont besoin d'un numéro de téléphone pour être rappelés.</translation>
    </message>
    <message>
      <source>the diet notes</source>
      <translation>les remarques sur le régime</translation>
    </message>
    <message>
      <source>{full_name} with this phone is already registered as {reference}.</source>
      <translation>{full_name} avec ce téléphone est déjà enregistré(e) sous {reference}.</translation>
    </message>
    <message>
      <source>That customer no longer exists. Search again.</source>
      <translation>Ce client n'existe plus. Cherchez de nouveau.</translation>
    </message>
    <message>
      <source>This database already holds customers; demo data goes only into a new one.</source>
      <translation>Cette base de données contient déjà des clients ; les données de démonstration ne vont que dans une nouvelle base.</translation>
    </message>
    <message>
      <source>saving</source>
      <translation>enregistrement</translation>
    </message>
    <message>
      <source>done</source>
      <translation>terminé</translation>
    </message>
    <message>
      <source>catering, meal packages and support tickets</source>
      <translation>traiteur, formules repas et tickets d'assistance</translation>
    </message>
    <message>
      <source>wards, admitted patients, diet orders and trays</source>
      <translation>services, patients hospitalisés, prescriptions diététiques et plateaux</translation>
    </message>
    <message>
      <source>menu and corporate partners</source>
      <translation>menu et partenaires d'entreprise</translation>
    </message>
    <message>
      <source>{count:,} orders</source>
      <translation>{count:,} commandes</translation>
    </message>
    <message>
      <source>{written:,} of {count:,} orders written</source>
      <translation>{written:,} commandes écrites sur {count:,}</translation>
    </message>
    <message>
      <source>staff accounts</source>
      <translation>comptes du personnel</translation>
    </message>
    <message>
      <source>customers</source>
      <translation>clients</translation>
    </message>
    <message>
      <source>nutritionists' calendars</source>
      <translation>agendas des nutritionnistes</translation>
    </message>
    <message>
      <source>monthly revenue targets</source>
      <translation>objectifs mensuels de chiffre d'affaires</translation>
    </message>
    <message>
      <source>till and training fiscal device</source>
      <translation>caisse et dispositif fiscal de formation</translation>
    </message>
    <message>
      <source>This record was changed at another desk while you were editing. It has been reloaded; check it and apply your change again.</source>
      <translation>Cet enregistrement a été modifié à un autre poste pendant votre saisie. Il a été rechargé ; vérifiez-le et refaites votre modification.</translation>
    </message>
    <message>
      <source>{what} was changed at another desk while you were editing. It has been reloaded; check it and apply your change again.</source>
      <translation>{what} : modifié(e) à un autre poste pendant votre saisie. Rechargé(e) ; vérifiez et refaites votre modification.</translation>
    </message>
    <message>
      <source>Two desks changed the same records at the same moment, so nothing was saved. Your form is kept; check it and try again.</source>
      <translation>Deux postes ont modifié les mêmes enregistrements au même moment, donc rien n'a été enregistré. Votre formulaire est conservé ; vérifiez-le et réessayez.</translation>
    </message>
    <message>
      <source>This is a read-only copy of the database, so nothing was saved. Reports and records can be read here; make changes on the shared database.</source>
      <translation>Ceci est une copie en lecture seule de la base de données, donc rien n'a été enregistré. Les rapports et les dossiers peuvent être consultés ici ; faites les modifications sur la base de données partagée.</translation>
    </message>
    <message>
      <source>Enter the controller's address, like http://10.0.0.5:8080.</source>
      <translation>Saisissez l'adresse du contrôleur, par exemple http://10.0.0.5:8080.</translation>
    </message>
    <message>
      <source>The TIN has 9 digits.</source>
      <translation>Le NIF compte 9 chiffres.</translation>
    </message>
    <message>
      <source>The branch id has 2 digits (00 for the head office).</source>
      <translation>L'identifiant de l'agence compte 2 chiffres (00 pour le siège).</translation>
    </message>
    <message>
      <source>Enter the device serial number.</source>
      <translation>Saisissez le numéro de série de l'appareil.</translation>
    </message>
    <message>
      <source>The tax type is A, B, C or D.</source>
      <translation>Le type de taxe est A, B, C ou D.</translation>
    </message>
    <message>
      <source>Wait 1 to 120 seconds for an answer.</source>
      <translation>Attendez une réponse de 1 à 120 secondes.</translation>
    </message>
    <message>
      <source>The customer's TIN has 9 digits.</source>
      <translation>Le NIF du client compte 9 chiffres.</translation>
    </message>
    <message>
      <source>The fiscal controller (EBM) is not answering, so receipts stay pending and will print once signed: {reason}</source>
      <translation>Le contrôleur fiscal (EBM) ne répond pas, donc les reçus restent en attente et s'imprimeront une fois signés : {reason}</translation>
    </message>
    <message>
      <source>No order is numbered {number}.</source>
      <translation>Aucune commande ne porte le numéro {number}.</translation>
    </message>
    <message>
      <source>(empty)</source>
      <translation>(vide)</translation>
    </message>
    <message>
      <source>That fiscal receipt does not exist.</source>
      <translation>Ce reçu fiscal n'existe pas.</translation>
    </message>
    <message>
      <source>Order {cleaned} has no signed fiscal receipt yet; it prints once signed.</source>
      <translation>La commande {cleaned} n'a pas encore de reçu fiscal signé ; il s'imprimera une fois signé.</translation>
    </message>
    <message>
      <source>This fiscal receipt is not signed yet, so there is nothing to copy; it prints once the controller signs it.</source>
      <translation>Ce reçu fiscal n'est pas encore signé, il n'y a donc rien à copier ; il s'imprimera une fois signé par le contrôleur.</translation>
    </message>
    <message>
      <source>No EBM controller is configured, so no copy can be signed.</source>
      <translation>Aucun contrôleur EBM n'est configuré, donc aucune copie ne peut être signée.</translation>
    </message>
    <message>
      <source>3 liquidised</source>
      <translation>3 liquéfié</translation>
    </message>
    <message>
      <source>4 puréed</source>
      <translation>4 en purée</translation>
    </message>
    <message>
      <source>5 minced and moist</source>
      <translation>5 haché et humide</translation>
    </message>
    <message>
      <source>6 soft and bite-sized</source>
      <translation>6 tendre en bouchées</translation>
    </message>
    <message>
      <source>7 easy to chew</source>
      <translation>7 facile à mâcher</translation>
    </message>
    <message>
      <source>7 regular</source>
      <translation>7 normal</translation>
    </message>
    <message>
      <source>0 thin</source>
      <translation>0 fluide</translation>
    </message>
    <message>
      <source>1 slightly thick</source>
      <translation>1 très légèrement épais</translation>
    </message>
    <message>
      <source>2 mildly thick</source>
      <translation>2 légèrement épais</translation>
    </message>
    <message>
      <source>3 moderately thick</source>
      <translation>3 modérément épais</translation>
    </message>
    <message>
      <source>4 extremely thick</source>
      <translation>4 extrêmement épais</translation>
    </message>
    <message>
      <source>Choose the ward.</source>
      <translation>Choisissez le service.</translation>
    </message>
    <message>
      <source>There is no ward called {cleaned!r}; choose one from the list.</source>
      <translation>Il n'y a pas de service nommé {cleaned!r} ; choisissez-en un dans la liste.</translation>
    </message>
    <message>
      <source>Enter the bed.</source>
      <translation>Saisissez le lit.</translation>
    </message>
    <message>
      <source>A bed has at most 10 characters.</source>
      <translation>Un lit compte au plus 10 caractères.</translation>
    </message>
    <message>
      <source>That stay does not exist.</source>
      <translation>Ce séjour n'existe pas.</translation>
    </message>
    <message>
      <source>Texture level {value!s} is not on the IDDSI food scale; choose one of: {scale}.</source>
      <translation>Le niveau de texture {value!s} n'est pas sur l'échelle IDDSI des aliments ; choisissez parmi : {scale}.</translation>
    </message>
    <message>
      <source>Drink level {drink_level} is not on the IDDSI drink scale: 0 thin to 4 extremely thick.</source>
      <translation>Le niveau de boisson {drink_level} n'est pas sur l'échelle IDDSI des boissons : de 0 fluide à 4 extrêmement épais.</translation>
    </message>
    <message>
      <source>Give the reason for nothing by mouth (e.g. surgery).</source>
      <translation>Indiquez le motif de la mise à jeun (par ex. une opération).</translation>
    </message>
    <message>
      <source>Say until when the patient takes nothing by mouth.</source>
      <translation>Indiquez jusqu'à quand le patient est à jeun.</translation>
    </message>
    <message>
      <source>Nothing by mouth must last until a time still to come.</source>
      <translation>La mise à jeun doit durer jusqu'à un moment encore à venir.</translation>
    </message>
    <message>
      <source>At most {limit} characters.</source>
      <translation>{limit} caractères au plus.</translation>
    </message>
    <message>
      <source>{patient} has been discharged; a diet order is written for an admitted patient.</source>
      <translation>{patient} est sorti(e) ; une prescription diététique s'écrit pour un patient hospitalisé.</translation>
    </message>
    <message>
      <source>This patient is not on nothing by mouth.</source>
      <translation>Ce patient n'est pas à jeun.</translation>
    </message>
    <message>
      <source>{item} is not {diet}</source>
      <translation>{item} n'est pas {diet}</translation>
    </message>
    <message>
      <source>{item} is not served {texture}</source>
      <translation>{item} n'est pas servi en texture {texture}</translation>
    </message>
    <message>
      <source>{item} is not served at drink level {level}</source>
      <translation>{item} n'est pas servi au niveau de boisson {level}</translation>
    </message>
    <message>
      <source>{item} contains {allergen}</source>
      <translation>{item} contient {allergen}</translation>
    </message>
    <message>
      <source>That dish no longer exists.</source>
      <translation>Ce plat n'existe plus.</translation>
    </message>
    <message>
      <source>Drink level {value!s} is not on the IDDSI drink scale (0 thin to 4 extremely thick).</source>
      <translation>Le niveau de boisson {value!s} n'est pas sur l'échelle IDDSI des boissons (de 0 fluide à 4 extrêmement épais).</translation>
    </message>
    <message>
      <source>That dish no longer exists. Refresh the menu.</source>
      <translation>Ce plat n'existe plus. Actualisez le menu.</translation>
    </message>
    <message>
      <source>{due:,} RWF of meals is on the patient's account: take the payment to discharge.</source>
      <translation>{due:,} RWF de repas figurent sur le compte du patient : encaissez le paiement pour la sortie.</translation>
    </message>
    <message>
      <source>the cash received</source>
      <translation>le montant reçu</translation>
    </message>
    <message>
      <source>Enter the cash received: at least {due:,} RWF.</source>
      <translation>Saisissez le montant reçu en espèces : au moins {due:,} RWF.</translation>
    </message>
    <message>
      <source>Enter the payment reference (6 to 30 letters and digits).</source>
      <translation>Saisissez la référence du paiement (6 à 30 lettres et chiffres).</translation>
    </message>
    <message>
      <source>Settle in cash, by mobile money or by card.</source>
      <translation>Réglez en espèces, par mobile money ou par carte.</translation>
    </message>
    <message>
      <source>The meal is breakfast, lunch, snack or dinner.</source>
      <translation>Le repas est le petit-déjeuner, le déjeuner, la collation ou le dîner.</translation>
    </message>
    <message>
      <source>until {until:%d %b %H:%M} ({reason})</source>
      <translation>jusqu'au {until:%d %b %H:%M} ({reason})</translation>
    </message>
    <message>
      <source>NPO until {until:%d %b %H:%M}</source>
      <translation>À jeun jusqu'au {until:%d %b %H:%M}</translation>
    </message>
    <message>
      <source>Bed {bed} on {ward} is occupied by {patient} (admitted {admitted:%a %d %b %H:%M}). Choose another bed, or discharge or move that patient first.</source>
      <translation>Le lit {bed} de {ward} est occupé par {patient} (admis le {admitted:%a %d %b %H:%M}). Choisissez un autre lit, ou faites d'abord sortir ou déplacez ce patient.</translation>
    </message>
    <message>
      <source>Guest trays on the patient's account: 0 to 5 a meal.</source>
      <translation>Plateaux d'invités sur le compte du patient : de 0 à 5 par repas.</translation>
    </message>
    <message>
      <source>{full_name} is already admitted to {place} since {admitted:%a %d %b %H:%M}; transfer them instead.</source>
      <translation>{full_name} est déjà admis(e) à {place} depuis le {admitted:%a %d %b %H:%M} ; transférez-le/la plutôt.</translation>
    </message>
    <message>
      <source>Another desk has just admitted {full_name} or someone to bed {bed} on {name}. Look again and choose a free bed.</source>
      <translation>Un autre poste vient d'admettre {full_name} ou quelqu'un au lit {bed} de {name}. Regardez de nouveau et choisissez un lit libre.</translation>
    </message>
    <message>
      <source>This patient's stay</source>
      <translation>Le séjour de ce patient</translation>
    </message>
    <message>
      <source>{patient} was discharged on {discharged:%a %d %b %H:%M}; nothing more can be done on that stay.</source>
      <translation>{patient} est sorti(e) le {discharged:%a %d %b %H:%M} ; plus rien ne peut être fait sur ce séjour.</translation>
    </message>
    <message>
      <source>The patient already lies in that bed.</source>
      <translation>Le patient occupe déjà ce lit.</translation>
    </message>
    <message>
      <source>Another desk has just put a patient in bed {bed} on {name}.</source>
      <translation>Un autre poste vient de placer un patient au lit {bed} de {name}.</translation>
    </message>
    <message>
      <source>Order {numbers} was paid at the counter for a meal still to come: cancel it in the order queue (a manager gives the money back), then discharge.</source>
      <translation>La commande {numbers} a été payée au comptoir pour un repas encore à venir : annulez-la dans la file des commandes (un responsable rend l'argent), puis faites sortir le patient.</translation>
    </message>
    <message>
      <source>Bed {bed} on {ward} is occupied by {patient}; {full_name} does not lie there. Check the ward and bed, or choose pickup.</source>
      <translation>Le lit {bed} de {ward} est occupé par {patient} ; {full_name} n'y est pas. Vérifiez le service et le lit, ou choisissez le retrait sur place.</translation>
    </message>
    <message>
      <source>{full_name} was discharged on {discharged:%a %d %b %H:%M}; nothing can be delivered to a ward bed for them. Choose pickup.</source>
      <translation>{full_name} est sorti(e) le {discharged:%a %d %b %H:%M} ; rien ne peut lui être livré à un lit du service. Choisissez le retrait sur place.</translation>
    </message>
    <message>
      <source>That stay no longer exists. Look the patient up again.</source>
      <translation>Ce séjour n'existe plus. Recherchez de nouveau le patient.</translation>
    </message>
    <message>
      <source>{patient} was discharged on {discharged:%a %d %b} at {discharged:%H:%M}; no meal can be ordered on that stay.</source>
      <translation>{patient} est sorti(e) le {discharged:%a %d %b} à {discharged:%H:%M} ; aucun repas ne peut être commandé sur ce séjour.</translation>
    </message>
    <message>
      <source>{moment:%H:%M}</source>
      <translation>{moment:%H:%M}</translation>
    </message>
    <message>
      <source>{moment:%a %d %b %H:%M}</source>
      <translation>{moment:%a %d %b %H:%M}</translation>
    </message>
    <message>
      <source>{patient} is NPO until {when} ({npo_reason}): nothing by mouth, so no {meal} can be ordered. A nutritionist lifts it.</source>
      <translation>{patient} est à jeun jusqu'à {when} ({npo_reason}) : rien par la bouche, donc aucun {meal} ne peut être commandé. Un nutritionniste lève cette consigne.</translation>
    </message>
    <message>
      <source>Outside the diet order: {outside}. To order it anyway, give the reason.</source>
      <translation>Hors prescription diététique : {outside}. Pour commander quand même, indiquez le motif.</translation>
    </message>
    <message>
      <source>Choose breakfast, lunch, snack or dinner.</source>
      <translation>Choisissez petit-déjeuner, déjeuner, collation ou dîner.</translation>
    </message>
    <message>
      <source>{Meal} of {serves:%a %d %b} is over; choose a meal still to come.</source>
      <translation>{Meal} du {serves:%a %d %b} est passé ; choisissez un repas encore à venir.</translation>
    </message>
    <message>
      <source>{Meal} orders for {ward} closed at {closes:%H:%M}. Send it with {meal} ({serves:%a %d %b}), or ask for a late tray with a reason (a manager approves it).</source>
      <translation>{Meal} : les commandes pour {ward} ont fermé à {closes:%H:%M}. Envoyez-le avec {meal} ({serves:%a %d %b}), ou demandez un plateau tardif avec un motif (un responsable l'approuve).</translation>
    </message>
    <message>
      <source>this ward</source>
      <translation>ce service</translation>
    </message>
    <message>
      <source>A company pays part of this order; it cannot also go on the patient's account.</source>
      <translation>Une entreprise paie une partie de cette commande ; elle ne peut pas aussi aller sur le compte du patient.</translation>
    </message>
    <message>
      <source>Say why a second tray is needed.</source>
      <translation>Indiquez pourquoi un deuxième plateau est nécessaire.</translation>
    </message>
    <message>
      <source>Another desk has just ordered {patient}'s {meal} for {serves:%a %d %b}. If a second tray is really needed, confirm it with a reason.</source>
      <translation>Un autre poste vient de commander le {meal} de {patient} pour le {serves:%a %d %b}. Si un deuxième plateau est vraiment nécessaire, confirmez-le avec un motif.</translation>
    </message>
    <message>
      <source>{patient} already has a {meal} tray for {serves:%a %d %b} (order {existing}). If a second tray is really needed, confirm it with a reason.</source>
      <translation>{patient} a déjà un plateau de {meal} pour le {serves:%a %d %b} (commande {existing}). Si un deuxième plateau est vraiment nécessaire, confirmez-le avec un motif.</translation>
    </message>
    <message>
      <source>{patient}'s account already carries {limit} guest trays for this {meal} (the limit); the visitor pays for this one at once.</source>
      <translation>Le compte de {patient} porte déjà {limit} plateaux d'invités pour ce {meal} (la limite) ; le visiteur paie celui-ci tout de suite.</translation>
    </message>
    <message>
      <source>{patient}'s account already carries 1 guest tray for this {meal} (the limit); the visitor pays for this one at once.</source>
      <translation>Le compte de {patient} porte déjà 1 plateau d'invité pour ce {meal} (la limite) ; le visiteur paie celui-ci tout de suite.</translation>
    </message>
    <message>
      <source>That tray does not exist.</source>
      <translation>Ce plateau n'existe pas.</translation>
    </message>
    <message>
      <source>This tray</source>
      <translation>Ce plateau</translation>
    </message>
    <message>
      <source>This late tray waits for a manager's approval.</source>
      <translation>Ce plateau tardif attend l'approbation d'un responsable.</translation>
    </message>
    <message>
      <source>This tray is {status}; it cannot become {to}.</source>
      <translation>Ce plateau est {status} ; il ne peut pas passer à {to}.</translation>
    </message>
    <message>
      <source>Say why the late tray is approved.</source>
      <translation>Indiquez pourquoi le plateau tardif est approuvé.</translation>
    </message>
    <message>
      <source>This tray does not wait for approval.</source>
      <translation>Ce plateau n'attend pas d'approbation.</translation>
    </message>
    <message>
      <source>Say why the late tray is refused.</source>
      <translation>Indiquez pourquoi le plateau tardif est refusé.</translation>
    </message>
    <message>
      <source>A ward name has 2 to 40 characters.</source>
      <translation>Un nom de service compte de 2 à 40 caractères.</translation>
    </message>
    <message>
      <source>The route position is a whole number from 0 to 999.</source>
      <translation>La position dans la tournée est un nombre entier de 0 à 999.</translation>
    </message>
    <message>
      <source>{value} is not a time on the clock; write it as HH:MM, from 00:00 to 23:59.</source>
      <translation>{value} n'est pas une heure valable ; écrivez-la au format HH:MM, de 00:00 à 23:59.</translation>
    </message>
    <message>
      <source>An empty time is not a time on the clock; write it as HH:MM, from 00:00 to 23:59.</source>
      <translation>Une heure vide n'est pas une heure valable ; écrivez-la au format HH:MM, de 00:00 à 23:59.</translation>
    </message>
    <message>
      <source>Choose breakfast, lunch, dinner or snack.</source>
      <translation>Choisissez petit-déjeuner, déjeuner, dîner ou collation.</translation>
    </message>
    <message>
      <source>Serving ends after it starts.</source>
      <translation>Le service se termine après avoir commencé.</translation>
    </message>
    <message>
      <source>Orders close at or before serving starts.</source>
      <translation>Les commandes ferment au plus tard au début du service.</translation>
    </message>
    <message>
      <source>The delivery target is 5 to 240 minutes.</source>
      <translation>L'objectif de livraison est de 5 à 240 minutes.</translation>
    </message>
    <message>
      <source>{ward_name}'s own {meal} orders close at {own:%H:%M}, after the new serving start {serves_from:%H:%M}; change that ward's cut-off first.</source>
      <translation>Les commandes de {meal} propres à {ward_name} ferment à {own:%H:%M}, après le nouveau début du service à {serves_from:%H:%M} ; modifiez d'abord l'heure limite de ce service.</translation>
    </message>
    <message>
      <source>{Meal} is served from {serves_from:%H:%M}: {name}'s orders must close at or before then.</source>
      <translation>{Meal} est servi à partir de {serves_from:%H:%M} : les commandes de {name} doivent fermer au plus tard à cette heure.</translation>
    </message>
    <message>
      <source>'{value}' is not a language of the app: choose English, Kinyarwanda or French.</source>
      <translation>'{value}' n'est pas une langue de l'application : choisissez l'anglais, le kinyarwanda ou le français.</translation>
    </message>
    <message>
      <source>number of dishes</source>
      <translation>le nombre de plats</translation>
    </message>
    <message>
      <source>number of days</source>
      <translation>le nombre de jours</translation>
    </message>
    <message>
      <source>Enter the dish's name.</source>
      <translation>Saisissez le nom du plat.</translation>
    </message>
    <message>
      <source>The name may have at most 80 characters.</source>
      <translation>Le nom ne doit pas dépasser 80 caractères.</translation>
    </message>
    <message>
      <source>Choose or type a category.</source>
      <translation>Choisissez ou saisissez une catégorie.</translation>
    </message>
    <message>
      <source>The category may have at most 60 characters.</source>
      <translation>La catégorie ne doit pas dépasser 60 caractères.</translation>
    </message>
    <message>
      <source>the price</source>
      <translation>le prix</translation>
    </message>
    <message>
      <source>The tax type is A (exempt), B (18 % VAT), C (zero-rated) or D (non-VAT).</source>
      <translation>Le type de taxe est A (exonéré), B (TVA 18 %), C (taux zéro) ou D (hors TVA).</translation>
    </message>
    <message>
      <source>The item classification code has 10 digits, like 5020230100.</source>
      <translation>Le code de classification de l'article compte 10 chiffres, par exemple 5020230100.</translation>
    </message>
    <message>
      <source>A dish called '{name}' is already on the menu.</source>
      <translation>Un plat nommé '{name}' figure déjà au menu.</translation>
    </message>
    <message>
      <source>This employee's monthly company allowance was just used at another desk. The price has been recalculated; check the new split and place the order again.</source>
      <translation>L'allocation mensuelle de cet employé vient d'être utilisée à un autre poste. Le prix a été recalculé ; vérifiez la nouvelle répartition et passez de nouveau la commande.</translation>
    </message>
    <message>
      <source>Enter the cash received (at least {due:,} RWF).</source>
      <translation>Saisissez le montant reçu en espèces (au moins {due:,} RWF).</translation>
    </message>
    <message>
      <source>Cash received ({tendered:,} RWF) is less than the {due:,} RWF to pay; {short:,} RWF short.</source>
      <translation>Montant reçu ({tendered:,} RWF) inférieur aux {due:,} RWF à payer ; il manque {short:,} RWF.</translation>
    </message>
    <message>
      <source>That is more than 100,000 RWF over the amount due; check the cash received.</source>
      <translation>Cela dépasse de plus de 100 000 RWF le montant dû ; vérifiez le montant reçu.</translation>
    </message>
    <message>
      <source>The corporate account covers only the company's share.</source>
      <translation>Le compte de l'entreprise ne couvre que la part de l'entreprise.</translation>
    </message>
    <message>
      <source>Delivery needs a ward and bed; enter them or choose pickup.</source>
      <translation>La livraison nécessite un service et un lit ; saisissez-les ou choisissez le retrait sur place.</translation>
    </message>
    <message>
      <source>Ward (40) or bed (10 characters) is too long.</source>
      <translation>Le service (40) ou le lit (10 caractères) est trop long.</translation>
    </message>
    <message>
      <source>Check with the customer before placing: {conflicts}. To place it anyway, give the reason.</source>
      <translation>Vérifiez avec le client avant de valider : {conflicts}. Pour valider quand même, indiquez le motif.</translation>
    </message>
    <message>
      <source>The reason may have at most 500 characters.</source>
      <translation>Le motif ne doit pas dépasser 500 caractères.</translation>
    </message>
    <message>
      <source>That order's customer no longer exists.</source>
      <translation>Le client de cette commande n'existe plus.</translation>
    </message>
    <message>
      <source>That order does not exist.</source>
      <translation>Cette commande n'existe pas.</translation>
    </message>
    <message>
      <source>Order {number} (now {status})</source>
      <translation>La commande {number} (désormais {status})</translation>
    </message>
    <message>
      <source>Order {number} is {status}; it cannot move to {to}.</source>
      <translation>La commande {number} est {status} ; elle ne peut pas passer à {to}.</translation>
    </message>
    <message>
      <source>Order {number} is for pickup; mark it delivered when collected.</source>
      <translation>La commande {number} est à emporter ; marquez-la livrée lorsqu'elle est retirée.</translation>
    </message>
    <message>
      <source>Give the reason for the {what}.</source>
      <translation>Indiquez le motif de {what}.</translation>
    </message>
    <message>
      <source>in cash</source>
      <translation>en espèces</translation>
    </message>
    <message>
      <source>by {method}</source>
      <translation>par {method}</translation>
    </message>
    <message>
      <source> and </source>
      <translation> et </translation>
    </message>
    <message>
      <source>{amount:,} RWF {by}</source>
      <translation>{amount:,} RWF {by}</translation>
    </message>
    <message>
      <source>The customer paid {words} for order {number}. Cancelling it gives that money back, so a manager must cancel it: ask a manager or an administrator.</source>
      <translation>Le client a payé {words} pour la commande {number}. L'annuler rembourse cet argent, donc un responsable doit l'annuler : demandez à un responsable ou à un administrateur.</translation>
    </message>
    <message>
      <source>Say how the {owed:,} RWF went back to the customer: cash from the drawer, or a reversal of their payment with its reference.</source>
      <translation>Indiquez comment les {owed:,} RWF ont été rendus au client : en espèces depuis la caisse, ou par annulation de son paiement avec sa référence.</translation>
    </message>
    <message>
      <source>The customer paid {amount_rwf:,} RWF in cash; give it back in cash.</source>
      <translation>Le client a payé {amount_rwf:,} RWF en espèces ; rendez-les en espèces.</translation>
    </message>
    <message>
      <source>The customer paid {amount_rwf:,} RWF {by}; give it back {by} or in cash.</source>
      <translation>Le client a payé {amount_rwf:,} RWF {by} ; remboursez-le {by} ou en espèces.</translation>
    </message>
    <message>
      <source>Enter the mobile-money reversal reference (6 to 30 letters and digits) that shows the {owed:,} RWF went back.</source>
      <translation>Saisissez la référence de l'annulation mobile money (6 à 30 lettres et chiffres) qui prouve que les {owed:,} RWF ont été rendus.</translation>
    </message>
    <message>
      <source>Enter the card reversal reference (6 to 30 letters and digits) that shows the {owed:,} RWF went back.</source>
      <translation>Saisissez la référence de l'annulation par carte (6 à 30 lettres et chiffres) qui prouve que les {owed:,} RWF ont été rendus.</translation>
    </message>
    <message>
      <source>give cash back</source>
      <translation>rendre de l'argent en espèces</translation>
    </message>
    <message>
      <source>cancellation</source>
      <translation>l'annulation</translation>
    </message>
    <message>
      <source>Order {number} is {status} and can no longer be cancelled; a manager can refund it.</source>
      <translation>La commande {number} est {status} et ne peut plus être annulée ; un responsable peut la rembourser.</translation>
    </message>
    <message>
      <source>refund</source>
      <translation>le remboursement</translation>
    </message>
    <message>
      <source>Only a manager or an administrator can refund an order.</source>
      <translation>Seul un responsable ou un administrateur peut rembourser une commande.</translation>
    </message>
    <message>
      <source>Order {number} is {status}; there is nothing to refund.</source>
      <translation>La commande {number} est {status} ; il n'y a rien à rembourser.</translation>
    </message>
    <message>
      <source>the quantity of a dish</source>
      <translation>la quantité d'un plat</translation>
    </message>
    <message>
      <source>At most {limit} of one dish per order.</source>
      <translation>Au plus {limit} d'un même plat par commande.</translation>
    </message>
    <message>
      <source>Add at least one dish to the order.</source>
      <translation>Ajoutez au moins un plat à la commande.</translation>
    </message>
    <message>
      <source>An order has at most {limit} different dishes.</source>
      <translation>Une commande compte au plus {limit} plats différents.</translation>
    </message>
    <message>
      <source>A dish in the order is no longer on the menu. Remove it and try again.</source>
      <translation>Un plat de la commande n'est plus au menu. Retirez-le et réessayez.</translation>
    </message>
    <message>
      <source>{name} is not available now. Remove it or pick another dish.</source>
      <translation>{name} n'est pas disponible pour le moment. Retirez-le ou choisissez un autre plat.</translation>
    </message>
    <message>
      <source>{item} contains {allergens} — {name} is allergic</source>
      <translation>{item} contient {allergens} — {name} est allergique</translation>
    </message>
    <message>
      <source>{item} is {tags}, which the active {plan} meal plan forbids</source>
      <translation>{item} est {tags}, ce que le plan alimentaire {plan} actif interdit</translation>
    </message>
    <message>
      <source>no longer enrolled with {name}</source>
      <translation>n'est plus inscrit(e) chez {name}</translation>
    </message>
    <message>
      <source>{name} contract {code} ({percent}%)</source>
      <translation>contrat {name} {code} ({percent}%)</translation>
    </message>
    <message>
      <source>{name} has no contract</source>
      <translation>{name} n'a pas de contrat</translation>
    </message>
    <message>
      <source>{name} contract {code} is {status}</source>
      <translation>le contrat {code} de {name} est {status}</translation>
    </message>
    <message>
      <source>{name} contract {code} expired on {day:%d %b %Y}</source>
      <translation>le contrat {code} de {name} a expiré le {day:%d %b %Y}</translation>
    </message>
    <message>
      <source>{name} contract {code} starts on {day:%d %b %Y}</source>
      <translation>le contrat {code} de {name} commence le {day:%d %b %Y}</translation>
    </message>
    <message>
      <source>Promotion: {name}</source>
      <translation>Promotion : {name}</translation>
    </message>
    <message>
      <source>valid {start:%d %b} to {end:%d %b %Y}</source>
      <translation>valable du {start:%d %b} au {end:%d %b %Y}</translation>
    </message>
    <message>
      <source>needs a subtotal of {amount:,} RWF</source>
      <translation>nécessite un sous-total de {amount:,} RWF</translation>
    </message>
    <message>
      <source>That customer is not registered. Search again or register them.</source>
      <translation>Ce client n'est pas enregistré. Cherchez de nouveau ou enregistrez-le.</translation>
    </message>
    <message>
      <source>One order can be at most {limit:,} RWF; this one comes to {subtotal:,} RWF. Check the quantities.</source>
      <translation>Une commande ne peut pas dépasser {limit:,} RWF ; celle-ci atteint {subtotal:,} RWF. Vérifiez les quantités.</translation>
    </message>
    <message>
      <source>applied: lowest total for the customer</source>
      <translation>appliquée : total le plus bas pour le client</translation>
    </message>
    <message>
      <source>not combined: it does not stack, and another choice costs less</source>
      <translation>non cumulée : elle ne se cumule pas, et un autre choix coûte moins cher</translation>
    </message>
    <message>
      <source>not applied: a larger discount that does not stack was chosen</source>
      <translation>non appliquée : une remise plus importante et non cumulable a été choisie</translation>
    </message>
    <message>
      <source>Corporate contract</source>
      <translation>Contrat d'entreprise</translation>
    </message>
    <message>
      <source>The employee pays; the company is not invoiced under this contract.</source>
      <translation>L'employé paie ; l'entreprise n'est pas facturée dans le cadre de ce contrat.</translation>
    </message>
    <message>
      <source>Company pays {company:,} RWF; {left:,} RWF of the {cap:,} RWF monthly allowance left after this order.</source>
      <translation>L'entreprise paie {company:,} RWF ; il restera {left:,} RWF sur l'allocation mensuelle de {cap:,} RWF après cette commande.</translation>
    </message>
    <message>
      <source>Only an employee under a company-invoice contract with allowance left can pay on the corporate account.</source>
      <translation>Seul un employé sous contrat avec facturation à l'entreprise et disposant d'une allocation restante peut payer sur le compte de l'entreprise.</translation>
    </message>
    <message>
      <source>The company covers {company:,} RWF; the remaining {customer_share:,} RWF must be paid by cash, mobile money or card.</source>
      <translation>L'entreprise couvre {company:,} RWF ; les {customer_share:,} RWF restants doivent être payés en espèces, par mobile money ou par carte.</translation>
    </message>
    <message>
      <source>The work was cancelled; nothing was saved.</source>
      <translation>Le travail a été annulé ; rien n'a été enregistré.</translation>
    </message>
    <message>
      <source>{what} was cancelled; nothing was saved.</source>
      <translation>{what} : annulé ; rien n'a été enregistré.</translation>
    </message>
    <message>
      <source>Only the nutritionist themself or an administrator can change this schedule.</source>
      <translation>Seul le nutritionniste concerné ou un administrateur peut modifier cet horaire.</translation>
    </message>
    <message>
      <source>The weekday must be Monday to Sunday.</source>
      <translation>Le jour doit être compris entre lundi et dimanche.</translation>
    </message>
    <message>
      <source>{day}: the interval ends ({ends:%H:%M}) before it starts ({starts:%H:%M}).</source>
      <translation>{day} : le créneau se termine ({ends:%H:%M}) avant de commencer ({starts:%H:%M}).</translation>
    </message>
    <message>
      <source>{day}: use whole or half hours ({moment:%H:%M} is neither), so the 30-minute slots fit.</source>
      <translation>{day} : utilisez des heures pleines ou des demi-heures ({moment:%H:%M} n'en est pas une), pour que les créneaux de 30 minutes tombent juste.</translation>
    </message>
    <message>
      <source>{day}: {starts:%H:%M}–{ends:%H:%M} overlaps {starts2:%H:%M}–{ends2:%H:%M}. Merge or shorten them.</source>
      <translation>{day} : {starts:%H:%M}–{ends:%H:%M} chevauche {starts2:%H:%M}–{ends2:%H:%M}. Fusionnez-les ou raccourcissez-les.</translation>
    </message>
    <message>
      <source>the consultation fee</source>
      <translation>le tarif de la consultation</translation>
    </message>
    <message>
      <source>Time off must end after it starts.</source>
      <translation>Une absence doit se terminer après avoir commencé.</translation>
    </message>
    <message>
      <source>{clash} booked consultation(s) fall in that time. Reschedule or cancel them first.</source>
      <translation>{clash} consultation(s) réservée(s) tombent pendant cette période. Reportez-les ou annulez-les d'abord.</translation>
    </message>
    <message>
      <source>Monday</source>
      <translation>lundi</translation>
    </message>
    <message>
      <source>Tuesday</source>
      <translation>mardi</translation>
    </message>
    <message>
      <source>Wednesday</source>
      <translation>mercredi</translation>
    </message>
    <message>
      <source>Thursday</source>
      <translation>jeudi</translation>
    </message>
    <message>
      <source>Friday</source>
      <translation>vendredi</translation>
    </message>
    <message>
      <source>Saturday</source>
      <translation>samedi</translation>
    </message>
    <message>
      <source>Sunday</source>
      <translation>dimanche</translation>
    </message>
    <message>
      <source>{moment:%a} {day} {moment:%b %H:%M}</source>
      <translation>{moment:%a} {day} {moment:%b %H:%M}</translation>
    </message>
    <message>
      <source>That nutritionist is not on the staff list.</source>
      <translation>Ce nutritionniste ne figure pas dans la liste du personnel.</translation>
    </message>
    <message>
      <source>{when} is in the past. Choose a later slot.</source>
      <translation>{when} est déjà passé. Choisissez un créneau plus tard.</translation>
    </message>
    <message>
      <source>{name} is off at {when} ({reason})</source>
      <translation>{name} est absent(e) le {when} ({reason})</translation>
    </message>
    <message>
      <source>{name} is off at {when}</source>
      <translation>{name} est absent(e) le {when}</translation>
    </message>
    <message>
      <source>Consultations with {name} start on the hour and the half hour; {when} is not one of them</source>
      <translation>Les consultations avec {name} commencent à l'heure pile et à la demie ; {when} n'en fait pas partie</translation>
    </message>
    <message>
      <source>{name} does not consult at {when}</source>
      <translation>{name} ne consulte pas le {when}</translation>
    </message>
    <message>
      <source>nearest free: {times}</source>
      <translation>créneaux libres les plus proches : {times}</translation>
    </message>
    <message>
      <source>next free: {times}</source>
      <translation>prochains créneaux libres : {times}</translation>
    </message>
    <message>
      <source>no free slot in the next 60 days</source>
      <translation>aucun créneau libre dans les 60 prochains jours</translation>
    </message>
    <message>
      <source>{problem} — {hint}.</source>
      <translation>{problem} — {hint}.</translation>
    </message>
    <message>
      <source>none in the next 60 days</source>
      <translation>aucun dans les 60 prochains jours</translation>
    </message>
    <message>
      <source>{full_name} is already booked at {when} — next free: {shown}</source>
      <translation>{full_name} est déjà réservé(e) le {when} — prochains créneaux libres : {shown}</translation>
    </message>
    <message>
      <source>The reason may have at most 200 characters.</source>
      <translation>Le motif ne doit pas dépasser 200 caractères.</translation>
    </message>
    <message>
      <source>That consultation does not exist.</source>
      <translation>Cette consultation n'existe pas.</translation>
    </message>
    <message>
      <source>This consultation</source>
      <translation>Cette consultation</translation>
    </message>
    <message>
      <source>Only booked consultations move; this one is {status}.</source>
      <translation>Seules les consultations réservées peuvent être déplacées ; celle-ci est {status}.</translation>
    </message>
    <message>
      <source>This consultation is already {status}.</source>
      <translation>Cette consultation est déjà {status}.</translation>
    </message>
    <message>
      <source>Mark a consultation completed or no-show.</source>
      <translation>Marquez une consultation comme terminée ou absence.</translation>
    </message>
    <message>
      <source>It has not started yet; mark it after {when}.</source>
      <translation>Elle n'a pas encore commencé ; marquez-la après {when}.</translation>
    </message>
    <message>
      <source>Only {name}, the front desk, a manager or an administrator can mark this consultation completed or no-show.</source>
      <translation>Seuls {name}, l'accueil, un responsable ou un administrateur peuvent marquer cette consultation comme terminée ou absence.</translation>
    </message>
    <message>
      <source>These are {name}'s clients' meal plans: only {name} or an administrator can manage them.</source>
      <translation>Ce sont les plans alimentaires des clients de {name} : seuls {name} ou un administrateur peuvent les gérer.</translation>
    </message>
    <message>
      <source>The daily calorie target is between 500 and 6,000 kcal.</source>
      <translation>L'objectif calorique journalier est compris entre 500 et 6 000 kcal.</translation>
    </message>
    <message>
      <source>A diet tag cannot be both allowed and forbidden.</source>
      <translation>Une étiquette de régime ne peut pas être à la fois autorisée et interdite.</translation>
    </message>
    <message>
      <source>Notes may have at most 2,000 characters.</source>
      <translation>Les notes ne doivent pas dépasser 2 000 caractères.</translation>
    </message>
    <message>
      <source>Open a meal plan from a completed consultation.</source>
      <translation>Ouvrez un plan alimentaire à partir d'une consultation terminée.</translation>
    </message>
    <message>
      <source>That meal plan does not exist.</source>
      <translation>Ce plan alimentaire n'existe pas.</translation>
    </message>
    <message>
      <source>This plan</source>
      <translation>Ce plan</translation>
    </message>
    <message>
      <source>A {status} plan cannot become {to}.</source>
      <translation>Un plan à l'état {status} ne peut pas passer à {to}.</translation>
    </message>
    <message>
      <source>This customer already has an active meal plan. Complete or cancel it first.</source>
      <translation>Ce client a déjà un plan alimentaire actif. Terminez-le ou annulez-le d'abord.</translation>
    </message>
    <message>
      <source>the highest price</source>
      <translation>le prix le plus élevé</translation>
    </message>
    <message>
      <source>The plan needs a name of at most 80 characters.</source>
      <translation>La formule doit avoir un nom de 80 caractères au plus.</translation>
    </message>
    <message>
      <source>meals per day</source>
      <translation>le nombre de repas par jour</translation>
    </message>
    <message>
      <source>A plan called '{name}' already exists.</source>
      <translation>Une formule nommée '{name}' existe déjà.</translation>
    </message>
    <message>
      <source>That plan no longer exists.</source>
      <translation>Cette formule n'existe plus.</translation>
    </message>
    <message>
      <source>That plan is not offered any more.</source>
      <translation>Cette formule n'est plus proposée.</translation>
    </message>
    <message>
      <source>A subscription starts today or later, not {starts_on:%d %b %Y}.</source>
      <translation>Un abonnement commence aujourd'hui ou plus tard, pas le {starts_on:%d %b %Y}.</translation>
    </message>
    <message>
      <source>{full_name} already subscribes to {name}.</source>
      <translation>{full_name} est déjà abonné(e) à {name}.</translation>
    </message>
    <message>
      <source>That subscription does not exist.</source>
      <translation>Cet abonnement n'existe pas.</translation>
    </message>
    <message>
      <source>This subscription</source>
      <translation>Cet abonnement</translation>
    </message>
    <message>
      <source>Only an active subscription can be paused; this one is {status}.</source>
      <translation>Seul un abonnement actif peut être suspendu ; celui-ci est {status}.</translation>
    </message>
    <message>
      <source>Only a paused subscription resumes; this one is {status}.</source>
      <translation>Seul un abonnement suspendu peut reprendre ; celui-ci est {status}.</translation>
    </message>
    <message>
      <source>This subscription is already cancelled.</source>
      <translation>Cet abonnement est déjà annulé.</translation>
    </message>
    <message>
      <source>Give the ticket a subject.</source>
      <translation>Donnez un objet au ticket.</translation>
    </message>
    <message>
      <source>The subject may have at most 160 characters.</source>
      <translation>L'objet ne doit pas dépasser 160 caractères.</translation>
    </message>
    <message>
      <source>The description may have at most 5,000 characters.</source>
      <translation>La description ne doit pas dépasser 5 000 caractères.</translation>
    </message>
    <message>
      <source>That customer is not registered.</source>
      <translation>Ce client n'est pas enregistré.</translation>
    </message>
    <message>
      <source>There is no order {number}.</source>
      <translation>Il n'y a pas de commande {number}.</translation>
    </message>
    <message>
      <source>That ticket does not exist.</source>
      <translation>Ce ticket n'existe pas.</translation>
    </message>
    <message>
      <source>Ticket {number}</source>
      <translation>Ticket {number}</translation>
    </message>
    <message>
      <source>Assign tickets to active support staff, managers or administrators.</source>
      <translation>Attribuez les tickets à du personnel de support actif, à des responsables ou à des administrateurs.</translation>
    </message>
    <message>
      <source>{number} is {status}; it cannot be set to {to} — reopen it first.</source>
      <translation>{number} est {status} ; il ne peut pas passer à {to} — rouvrez-le d'abord.</translation>
    </message>
    <message>
      <source>{number} is {status}; it cannot be set to {to}.</source>
      <translation>{number} est {status} ; il ne peut pas passer à {to}.</translation>
    </message>
    <message>
      <source>Write the comment first.</source>
      <translation>Écrivez d'abord le commentaire.</translation>
    </message>
    <message>
      <source>A comment may have at most 5,000 characters.</source>
      <translation>Un commentaire ne doit pas dépasser 5 000 caractères.</translation>
    </message>
    <message>
      <source>Type the search as text.</source>
      <translation>Saisissez la recherche sous forme de texte.</translation>
    </message>
    <message>
      <source>The search holds an invisible control character (U+{code:04X}), perhaps from pasting. Clear the search field and type it again.</source>
      <translation>La recherche contient un caractère de contrôle invisible (U+{code:04X}), sans doute issu d'un copier-coller. Effacez le champ de recherche et retapez-la.</translation>
    </message>
    <message>
      <source>The search may have at most {limit} characters; shorten it.</source>
      <translation>La recherche ne doit pas dépasser {limit} caractères ; raccourcissez-la.</translation>
    </message>
    <message>
      <source>Ask for between 1 and {limit:,} rows at a time (asked for {value!r}).</source>
      <translation>Demandez entre 1 et {limit:,} lignes à la fois (demandé : {value!r}).</translation>
    </message>
    <message>
      <source>the variance threshold</source>
      <translation>le seuil d'écart</translation>
    </message>
    <message>
      <source>{value:,} RWF is not a Rwandan note or coin; count notes of {notes} and coins of {coins}.</source>
      <translation>{value:,} RWF n'est pas un billet ni une pièce du Rwanda ; comptez les billets de {notes} et les pièces de {coins}.</translation>
    </message>
    <message>
      <source>the {value:,} RWF pieces</source>
      <translation>les pièces ou billets de {value:,} RWF</translation>
    </message>
    <message>
      <source>the declared amount</source>
      <translation>le montant déclaré</translation>
    </message>
    <message>
      <source>Cash is counted by denomination, not declared.</source>
      <translation>Les espèces se comptent par coupure, elles ne se déclarent pas.</translation>
    </message>
    <message>
      <source>The shift at {desk} is {status}; its count was already submitted.</source>
      <translation>Le poste de {desk} est {status} ; son comptage a déjà été remis.</translation>
    </message>
    <message>
      <source>This shift belongs to {desk}; count it there, or ask a manager.</source>
      <translation>Ce poste appartient à {desk} ; comptez-le là-bas, ou demandez à un responsable.</translation>
    </message>
    <message>
      <source>Give the reason (at least 5 characters).</source>
      <translation>Indiquez le motif (au moins 5 caractères).</translation>
    </message>
    <message>
      <source>The shift at {desk} is {status}; only a counted shift waits for approval.</source>
      <translation>Le poste de {desk} est {status} ; seul un poste compté attend une approbation.</translation>
    </message>
    <message>
      <source>The shift at {desk} is already closed.</source>
      <translation>Le poste de {desk} est déjà clôturé.</translation>
    </message>
    <message>
      <source>Enter MTN's transaction id from the customer's SMS: 11 digits, as in "TxId: 17818959211".</source>
      <translation>Saisissez l'identifiant de transaction MTN figurant dans le SMS du client : 11 chiffres, comme dans "TxId: 17818959211".</translation>
    </message>
    <message>
      <source>Enter Airtel Money's transaction id from the customer's SMS (6 to 30 letters, digits and dots).</source>
      <translation>Saisissez l'identifiant de transaction Airtel Money figurant dans le SMS du client (6 à 30 lettres, chiffres et points).</translation>
    </message>
    <message>
      <source>Choose the provider: MTN MoMo or Airtel Money.</source>
      <translation>Choisissez l'opérateur : MTN MoMo ou Airtel Money.</translation>
    </message>
    <message>
      <source>Enter the customer's mobile number, 10 digits starting 078, 079, 072 or 073.</source>
      <translation>Saisissez le numéro mobile du client, 10 chiffres commençant par 078, 079, 072 ou 073.</translation>
    </message>
    <message>
      <source>order {number}</source>
      <translation>la commande {number}</translation>
    </message>
    <message>
      <source>another order</source>
      <translation>une autre commande</translation>
    </message>
    <message>
      <source>{provider} transaction {transaction_id} already paid {where}. Ask the customer for the SMS of this payment.</source>
      <translation>La transaction {provider} {transaction_id} a déjà payé {where}. Demandez au client le SMS de ce paiement.</translation>
    </message>
    <message>
      <source>Name the statement's column (1 to 60 characters).</source>
      <translation>Nommez la colonne du relevé (1 à 60 caractères).</translation>
    </message>
    <message>
      <source>That date format is not valid.</source>
      <translation>Ce format de date n'est pas valide.</translation>
    </message>
    <message>
      <source>date {value!r} is not like {form}</source>
      <translation>la date {value!r} ne suit pas le format {form}</translation>
    </message>
    <message>
      <source>amount {raw!r} is not a number</source>
      <translation>le montant {raw!r} n'est pas un nombre</translation>
    </message>
    <message>
      <source>amount {raw} is not whole francs</source>
      <translation>le montant {raw} n'est pas en francs entiers</translation>
    </message>
    <message>
      <source>{name} has no successful incoming payments to reconcile.</source>
      <translation>{name} ne contient aucun paiement entrant réussi à rapprocher.</translation>
    </message>
    <message>
      <source>The time window is 1 minute to 24 hours.</source>
      <translation>La fenêtre de temps va de 1 minute à 24 heures.</translation>
    </message>
    <message>
      <source>That statement was not imported.</source>
      <translation>Ce relevé n'a pas été importé.</translation>
    </message>
    <message>
      <source>Say what was done and why (at least 5 characters).</source>
      <translation>Indiquez ce qui a été fait et pourquoi (au moins 5 caractères).</translation>
    </message>
    <message>
      <source>The note may have at most 500 characters.</source>
      <translation>La note ne doit pas dépasser 500 caractères.</translation>
    </message>
    <message>
      <source>That statement line does not exist.</source>
      <translation>Cette ligne de relevé n'existe pas.</translation>
    </message>
    <message>
      <source>This statement line</source>
      <translation>Cette ligne de relevé</translation>
    </message>
    <message>
      <source>This line matched; there is nothing to resolve.</source>
      <translation>Cette ligne correspond ; il n'y a rien à régler.</translation>
    </message>
    <message>
      <source>This line was already resolved.</source>
      <translation>Cette ligne a déjà été réglée.</translation>
    </message>
    <message>
      <source>Only a statement entry missing from the app can be attached, to a payment.</source>
      <translation>Seule une ligne du relevé absente de l'application peut être rattachée, à un paiement.</translation>
    </message>
    <message>
      <source>Choose a mobile-money payment to attach it to.</source>
      <translation>Choisissez un paiement mobile money auquel le rattacher.</translation>
    </message>
    <message>
      <source>That shift does not exist.</source>
      <translation>Ce poste n'existe pas.</translation>
    </message>
    <message>
      <source>the opening float</source>
      <translation>le fond de caisse</translation>
    </message>
    <message>
      <source>A shift was opened at {desk} by someone else at this very moment; use that shift or close it first.</source>
      <translation>Un poste vient d'être ouvert à {desk} par quelqu'un d'autre à l'instant même ; utilisez ce service ou clôturez-le d'abord.</translation>
    </message>
    <message>
      <source>{desk} already has a shift opened by {opened_by_name} (counted, waiting for a manager's approval); close it before opening another.</source>
      <translation>{desk} a déjà un poste ouvert par {opened_by_name} (compté, en attente de l'approbation d'un responsable) ; clôturez-le avant d'en ouvrir un autre.</translation>
    </message>
    <message>
      <source>{desk} already has a shift opened by {opened_by_name}; close it before opening another.</source>
      <translation>{desk} a déjà un poste ouvert par {opened_by_name} ; clôturez-le avant d'en ouvrir un autre.</translation>
    </message>
    <message>
      <source>take cash</source>
      <translation>encaisser des espèces</translation>
    </message>
    <message>
      <source>the shift at {desk} is counted and waiting for a manager's approval</source>
      <translation>le poste de {desk} est compté et attend l'approbation d'un responsable</translation>
    </message>
    <message>
      <source>{desk} has no open shift</source>
      <translation>{desk} n'a pas de poste ouvert</translation>
    </message>
    <message>
      <source>Cannot {what}: {why}. Open a shift in Till (count the float in the drawer) first; nothing was saved.</source>
      <translation>Impossible de {what} : {why}. Ouvrez d'abord un service dans Caisse (comptez le fond de caisse dans le tiroir) ; rien n'a été enregistré.</translation>
    </message>
    <message>
      <source>the amount</source>
      <translation>le montant</translation>
    </message>
    <message>
      <source>Say why the cash moved (at least 3 characters).</source>
      <translation>Indiquez pourquoi l'argent a été déplacé (au moins 3 caractères).</translation>
    </message>
    <message>
      <source>The reason may have at most 300 characters.</source>
      <translation>Le motif ne doit pas dépasser 300 caractères.</translation>
    </message>
    <message>
      <source>move cash</source>
      <translation>déplacer de l'argent</translation>
    </message>
    <message>
      <source>The drawer should hold {in_drawer:,} RWF; {amount:,} RWF cannot leave it.</source>
      <translation>Le tiroir devrait contenir {in_drawer:,} RWF ; {amount:,} RWF ne peuvent pas en sortir.</translation>
    </message>
    <message>
      <source>The shift at {desk} (now {status})</source>
      <translation>Le poste de {desk} (désormais {status})</translation>
    </message>
    <message>
      <source>The database cannot be reached right now, so nothing was saved. Your form is kept; try again in a moment.</source>
      <translation>La base de données est injoignable pour le moment, donc rien n'a été enregistré. Votre formulaire est conservé ; réessayez dans un instant.</translation>
    </message>
    <message>
      <source>{out} already exists. Choose a new file name for the snapshot.</source>
      <translation>{out} existe déjà. Choisissez un nouveau nom de fichier pour l'instantané.</translation>
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <source>Placed</source>
      <translation>Passée</translation>
    </message>
    <message>
      <source>Preparing</source>
      <translation>En préparation</translation>
    </message>
    <message>
      <source>Out for delivery</source>
      <translation>En cours de livraison</translation>
    </message>
    <message>
      <source>Delivered</source>
      <translation>Livrée</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Annulée</translation>
    </message>
    <message>
      <source>Refunded</source>
      <translation>Remboursée</translation>
    </message>
    <message>
      <source>Orders</source>
      <translation>Commandes</translation>
    </message>
    <message>
      <source>Corporate</source>
      <translation>Entreprises</translation>
    </message>
    <message>
      <source>Ward delivery</source>
      <translation>Livraison au service</translation>
    </message>
    <message>
      <source>Pickup</source>
      <translation>À emporter</translation>
    </message>
    <message>
      <source>Cash</source>
      <translation>Espèces</translation>
    </message>
    <message>
      <source>Mobile money</source>
      <translation>Mobile Money</translation>
    </message>
    <message>
      <source>Card</source>
      <translation>Carte</translation>
    </message>
    <message>
      <source>Corporate account</source>
      <translation>Compte entreprise</translation>
    </message>
    <message>
      <source>Patient</source>
      <translation>Patient</translation>
    </message>
    <message>
      <source>Visitor</source>
      <translation>Visiteur</translation>
    </message>
    <message>
      <source>Hospital staff</source>
      <translation>Personnel de l'hôpital</translation>
    </message>
    <message>
      <source>Outside guest</source>
      <translation>Invité extérieur</translation>
    </message>
    <message>
      <source>Front desk</source>
      <translation>Accueil</translation>
    </message>
    <message>
      <source>Nutritionist</source>
      <translation>Nutritionniste</translation>
    </message>
    <message>
      <source>Support</source>
      <translation>Assistance</translation>
    </message>
    <message>
      <source>Manager</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <source>Administrator</source>
      <translation>Administrateur</translation>
    </message>
    <message>
      <source>Breakfast</source>
      <translation>Petit-déjeuner</translation>
    </message>
    <message>
      <source>Lunch</source>
      <translation>Déjeuner</translation>
    </message>
    <message>
      <source>Dinner</source>
      <translation>Dîner</translation>
    </message>
    <message>
      <source>Snack</source>
      <translation>Collation</translation>
    </message>
    <message>
      <source>All day</source>
      <translation>Toute la journée</translation>
    </message>
    <message>
      <source>Gluten</source>
      <translation>Gluten</translation>
    </message>
    <message>
      <source>Milk</source>
      <translation>Lait</translation>
    </message>
    <message>
      <source>Eggs</source>
      <translation>Œufs</translation>
    </message>
    <message>
      <source>Peanuts</source>
      <translation>Arachides</translation>
    </message>
    <message>
      <source>Tree nuts</source>
      <translation>Fruits à coque</translation>
    </message>
    <message>
      <source>Soy</source>
      <translation>Soja</translation>
    </message>
    <message>
      <source>Fish</source>
      <translation>Poisson</translation>
    </message>
    <message>
      <source>Shellfish</source>
      <translation>Crustacés</translation>
    </message>
    <message>
      <source>Sesame</source>
      <translation>Sésame</translation>
    </message>
    <message>
      <source>Celery</source>
      <translation>Céleri</translation>
    </message>
    <message>
      <source>Mustard</source>
      <translation>Moutarde</translation>
    </message>
    <message>
      <source>Vegetarian</source>
      <translation>Végétarien</translation>
    </message>
    <message>
      <source>Vegan</source>
      <translation>Végétalien</translation>
    </message>
    <message>
      <source>Gluten-free</source>
      <translation>Sans gluten</translation>
    </message>
    <message>
      <source>Low sodium</source>
      <translation>Pauvre en sel</translation>
    </message>
    <message>
      <source>Low sugar</source>
      <translation>Pauvre en sucre</translation>
    </message>
    <message>
      <source>High protein</source>
      <translation>Riche en protéines</translation>
    </message>
    <message>
      <source>Low carb</source>
      <translation>Pauvre en glucides</translation>
    </message>
    <message>
      <source>Renal-safe</source>
      <translation>Adapté aux reins</translation>
    </message>
    <message>
      <source>Fried</source>
      <translation>Frit</translation>
    </message>
    <message>
      <source>Spicy</source>
      <translation>Épicé</translation>
    </message>
    <message>
      <source>Contains meat</source>
      <translation>Contient de la viande</translation>
    </message>
    <message>
      <source>High sugar</source>
      <translation>Riche en sucre</translation>
    </message>
    <message>
      <source>Standard</source>
      <translation>Standard</translation>
    </message>
    <message>
      <source>Keto</source>
      <translation>Cétogène</translation>
    </message>
    <message>
      <source>Detox</source>
      <translation>Détox</translation>
    </message>
    <message>
      <source>Diabetic-friendly</source>
      <translation>Adapté aux diabétiques</translation>
    </message>
    <message>
      <source>Low-sodium</source>
      <translation>Hyposodé</translation>
    </message>
    <message>
      <source>Renal</source>
      <translation>Rénal</translation>
    </message>
    <message>
      <source>High-protein</source>
      <translation>Hyperprotéiné</translation>
    </message>
    <message>
      <source>Weight loss</source>
      <translation>Perte de poids</translation>
    </message>
    <message>
      <source>Pregnancy</source>
      <translation>Grossesse</translation>
    </message>
    <message>
      <source>Weekly</source>
      <translation>Hebdomadaire</translation>
    </message>
    <message>
      <source>Monthly</source>
      <translation>Mensuel</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Active</translation>
    </message>
    <message>
      <source>Paused</source>
      <translation>Suspendu</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Brouillon</translation>
    </message>
    <message>
      <source>Suspended</source>
      <translation>Suspendu</translation>
    </message>
    <message>
      <source>Expired</source>
      <translation>Expiré</translation>
    </message>
    <message>
      <source>Company invoice</source>
      <translation>Facture à l'entreprise</translation>
    </message>
    <message>
      <source>Employee pays</source>
      <translation>L'employé paie</translation>
    </message>
    <message>
      <source>Low</source>
      <translation>Basse</translation>
    </message>
    <message>
      <source>Medium</source>
      <translation>Moyenne</translation>
    </message>
    <message>
      <source>High</source>
      <translation>Haute</translation>
    </message>
    <message>
      <source>Urgent</source>
      <translation>Urgente</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ouvert</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>En cours</translation>
    </message>
    <message>
      <source>Resolved</source>
      <translation>Résolus</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Clôturé</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>Commande</translation>
    </message>
    <message>
      <source>Delivery</source>
      <translation>Livraison</translation>
    </message>
    <message>
      <source>Billing</source>
      <translation>Facturation</translation>
    </message>
    <message>
      <source>Food quality</source>
      <translation>Qualité des repas</translation>
    </message>
    <message>
      <source>Consultation</source>
      <translation>Consultation</translation>
    </message>
    <message>
      <source>Catering</source>
      <translation>Traiteur</translation>
    </message>
    <message>
      <source>Meal package</source>
      <translation>Formule repas</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <source>Booked</source>
      <translation>Réservée</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Terminée</translation>
    </message>
    <message>
      <source>No-show</source>
      <translation>Absent(e)</translation>
    </message>
    <message>
      <source>Free</source>
      <translation>Libre</translation>
    </message>
    <message>
      <source>Past</source>
      <translation>Passé</translation>
    </message>
    <message>
      <source>Pending</source>
      <translation>En attente</translation>
    </message>
    <message>
      <source>Allowed</source>
      <translation>Autorisé</translation>
    </message>
    <message>
      <source>Forbidden</source>
      <translation>Interdits</translation>
    </message>
    <message>
      <source>Per person</source>
      <translation>Par personne</translation>
    </message>
    <message>
      <source>Flat</source>
      <translation>Forfait</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Nouvelle</translation>
    </message>
    <message>
      <source>Quoted</source>
      <translation>Chiffrée</translation>
    </message>
    <message>
      <source>Confirmed</source>
      <translation>Confirmée</translation>
    </message>
    <message>
      <source>3 Liquidised</source>
      <translation>3 Liquéfié</translation>
    </message>
    <message>
      <source>4 Puréed</source>
      <translation>4 En purée</translation>
    </message>
    <message>
      <source>5 Minced and moist</source>
      <translation>5 Haché et humide</translation>
    </message>
    <message>
      <source>6 Soft and bite-sized</source>
      <translation>6 Tendre et en bouchées</translation>
    </message>
    <message>
      <source>7 Easy to chew</source>
      <translation>7 Facile à mâcher</translation>
    </message>
    <message>
      <source>7 Regular</source>
      <translation>7 Normal</translation>
    </message>
    <message>
      <source>Late — awaiting approval</source>
      <translation>En retard — en attente d'approbation</translation>
    </message>
    <message>
      <source>Ordered</source>
      <translation>Commandé</translation>
    </message>
    <message>
      <source>Prepared</source>
      <translation>Préparé</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation>Envoyé</translation>
    </message>
    <message>
      <source>Counted, waiting for approval</source>
      <translation>Compté, en attente d'approbation</translation>
    </message>
    <message>
      <source>Force-closed</source>
      <translation>Clôturé de force</translation>
    </message>
    <message>
      <source>MTN MoMo</source>
      <translation>MTN MoMo</translation>
    </message>
    <message>
      <source>Airtel Money</source>
      <translation>Airtel Money</translation>
    </message>
    <message>
      <source>Company allowance</source>
      <translation>Allocation de l'entreprise</translation>
    </message>
    <message>
      <source>Cash drop to the safe</source>
      <translation>Dépôt au coffre</translation>
    </message>
    <message>
      <source>Paid in</source>
      <translation>Entrées de caisse</translation>
    </message>
    <message>
      <source>Paid out</source>
      <translation>Sorties de caisse</translation>
    </message>
    <message>
      <source>Matched</source>
      <translation>Rapproché</translation>
    </message>
    <message>
      <source>Amount differs</source>
      <translation>Montant différent</translation>
    </message>
    <message>
      <source>In the statement, not in the app</source>
      <translation>Dans le relevé, pas dans l'application</translation>
    </message>
    <message>
      <source>In the app, not in the statement</source>
      <translation>Dans l'application, pas dans le relevé</translation>
    </message>
    <message>
      <source>Attached to a payment</source>
      <translation>Rattaché à un paiement</translation>
    </message>
    <message>
      <source>Written off</source>
      <translation>Passé en perte</translation>
    </message>
    <message>
      <source>Signed</source>
      <translation>Signé</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>Refusé</translation>
    </message>
    <message>
      <source>Sale</source>
      <translation>Vente</translation>
    </message>
    <message>
      <source>Refund</source>
      <translation>Rembourser</translation>
    </message>
    <message>
      <source>A · exempt</source>
      <translation>A · exonéré</translation>
    </message>
    <message>
      <source>B · 18 % VAT</source>
      <translation>B · TVA 18 %</translation>
    </message>
    <message>
      <source>C · zero-rated</source>
      <translation>C · taux zéro</translation>
    </message>
    <message>
      <source>D · non-VAT</source>
      <translation>D · hors TVA</translation>
    </message>
    <message>
      <source>Normal</source>
      <translation>Normal</translation>
    </message>
    <message>
      <source>Training</source>
      <translation>Formation</translation>
    </message>
    <message>
      <source>Proforma</source>
      <translation>Proforma</translation>
    </message>
  </context>
  <context>
    <name>long_work</name>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Cancelling… nothing will be saved.</source>
      <translation>Annulation… rien ne sera enregistré.</translation>
    </message>
  </context>
  <context>
    <name>menu_page</name>
    <message>
      <source>0 thin</source>
      <translation>0 fluide</translation>
    </message>
    <message>
      <source>1 slightly thick</source>
      <translation>1 très légèrement épais</translation>
    </message>
    <message>
      <source>2 mildly thick</source>
      <translation>2 légèrement épais</translation>
    </message>
    <message>
      <source>3 moderately thick</source>
      <translation>3 modérément épais</translation>
    </message>
    <message>
      <source>4 extremely thick</source>
      <translation>4 extrêmement épais</translation>
    </message>
  </context>
  <context>
    <name>presentation</name>
    <message>
      <source>Sorry, something went wrong and nothing was changed. The details are in the log file.</source>
      <translation>Désolé, un problème est survenu et rien n'a été modifié. Les détails sont dans le fichier journal.</translation>
    </message>
  </context>
  <context>
    <name>printing</name>
    <message>
      <source>Page {page} of {pages}</source>
      <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
      <source>Preview — {title}</source>
      <translation>Aperçu — {title}</translation>
    </message>
  </context>
  <context>
    <name>service_words</name>
    <message>
      <source>3 liquidised</source>
      <translation>3 liquéfié</translation>
    </message>
    <message>
      <source>4 puréed</source>
      <translation>4 en purée</translation>
    </message>
    <message>
      <source>5 minced and moist</source>
      <translation>5 haché et humide</translation>
    </message>
    <message>
      <source>6 soft and bite-sized</source>
      <translation>6 tendre et en bouchées</translation>
    </message>
    <message>
      <source>7 easy to chew</source>
      <translation>7 facile à mâcher</translation>
    </message>
    <message>
      <source>7 regular</source>
      <translation>7 normal</translation>
    </message>
    <message>
      <source>0 thin</source>
      <translation>0 fluide</translation>
    </message>
    <message>
      <source>1 slightly thick</source>
      <translation>1 très légèrement épais</translation>
    </message>
    <message>
      <source>2 mildly thick</source>
      <translation>2 légèrement épais</translation>
    </message>
    <message>
      <source>3 moderately thick</source>
      <translation>3 modérément épais</translation>
    </message>
    <message>
      <source>4 extremely thick</source>
      <translation>4 extrêmement épais</translation>
    </message>
    <message>
      <source>regular</source>
      <translation>normal</translation>
    </message>
    <message>
      <source>guest meal</source>
      <translation>repas d'invité</translation>
    </message>
    <message>
      <source>standard</source>
      <translation>standard</translation>
    </message>
    <message>
      <source>keto</source>
      <translation>cétogène</translation>
    </message>
    <message>
      <source>detox</source>
      <translation>détox</translation>
    </message>
    <message>
      <source>diabetic friendly</source>
      <translation>adapté aux diabétiques</translation>
    </message>
    <message>
      <source>low sodium</source>
      <translation>hyposodé</translation>
    </message>
    <message>
      <source>renal</source>
      <translation>rénal</translation>
    </message>
    <message>
      <source>high protein</source>
      <translation>hyperprotéiné</translation>
    </message>
    <message>
      <source>vegetarian</source>
      <translation>végétarien</translation>
    </message>
    <message>
      <source>gluten free</source>
      <translation>sans gluten</translation>
    </message>
    <message>
      <source>weight loss</source>
      <translation>perte de poids</translation>
    </message>
    <message>
      <source>pregnancy</source>
      <translation>grossesse</translation>
    </message>
    <message>
      <source>NPO until {moment}</source>
      <translation>À jeun jusqu'au {moment}</translation>
    </message>
  </context>
</TS>
