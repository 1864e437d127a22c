/**
 */
package io.twinbench.model.twin.impl;

import io.twinbench.model.twin.NetworkInterface;
import io.twinbench.model.twin.TwinPackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Network Interface</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.twinbench.model.twin.impl.NetworkInterfaceImpl#getMacAddress <em>Mac Address</em>}</li>
 *   <li>{@link io.twinbench.model.twin.impl.NetworkInterfaceImpl#getAddresses <em>Addresses</em>}</li>
 *   <li>{@link io.twinbench.model.twin.impl.NetworkInterfaceImpl#getSpeedBitsPerSecond <em>Speed Bits Per Second</em>}</li>
 *   <li>{@link io.twinbench.model.twin.impl.NetworkInterfaceImpl#getMtu <em>Mtu</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NetworkInterfaceImpl extends HardwareImpl implements NetworkInterface {
	/**
	 * The default value of the '{@link #getMacAddress() <em>Mac Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMacAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String MAC_ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMacAddress() <em>Mac Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMacAddress()
	 * @generated
	 * @ordered
	 */
	protected String macAddress = MAC_ADDRESS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAddresses() <em>Addresses</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddresses()
	 * @generated
	 * @ordered
	 */
	protected EList<String> addresses;

	/**
	 * The default value of the '{@link #getSpeedBitsPerSecond() <em>Speed Bits Per Second</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpeedBitsPerSecond()
	 * @generated
	 * @ordered
	 */
	protected static final long SPEED_BITS_PER_SECOND_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSpeedBitsPerSecond() <em>Speed Bits Per Second</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpeedBitsPerSecond()
	 * @generated
	 * @ordered
	 */
	protected long speedBitsPerSecond = SPEED_BITS_PER_SECOND_EDEFAULT;

	/**
	 * The default value of the '{@link #getMtu() <em>Mtu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMtu()
	 * @generated
	 * @ordered
	 */
	protected static final int MTU_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMtu() <em>Mtu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMtu()
	 * @generated
	 * @ordered
	 */
	protected int mtu = MTU_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NetworkInterfaceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TwinPackage.Literals.NETWORK_INTERFACE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMacAddress() {
		return macAddress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMacAddress(String newMacAddress) {
		String oldMacAddress = macAddress;
		macAddress = newMacAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.NETWORK_INTERFACE__MAC_ADDRESS, oldMacAddress, macAddress));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAddresses() {
		if (addresses == null) {
			addresses = new EDataTypeUniqueEList<String>(String.class, this, TwinPackage.NETWORK_INTERFACE__ADDRESSES);
		}
		return addresses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSpeedBitsPerSecond() {
		return speedBitsPerSecond;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpeedBitsPerSecond(long newSpeedBitsPerSecond) {
		long oldSpeedBitsPerSecond = speedBitsPerSecond;
		speedBitsPerSecond = newSpeedBitsPerSecond;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.NETWORK_INTERFACE__SPEED_BITS_PER_SECOND, oldSpeedBitsPerSecond, speedBitsPerSecond));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMtu() {
		return mtu;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMtu(int newMtu) {
		int oldMtu = mtu;
		mtu = newMtu;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.NETWORK_INTERFACE__MTU, oldMtu, mtu));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TwinPackage.NETWORK_INTERFACE__MAC_ADDRESS:
				return getMacAddress();
			case TwinPackage.NETWORK_INTERFACE__ADDRESSES:
				return getAddresses();
			case TwinPackage.NETWORK_INTERFACE__SPEED_BITS_PER_SECOND:
				return getSpeedBitsPerSecond();
			case TwinPackage.NETWORK_INTERFACE__MTU:
				return getMtu();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TwinPackage.NETWORK_INTERFACE__MAC_ADDRESS:
				setMacAddress((String)newValue);
				return;
			case TwinPackage.NETWORK_INTERFACE__ADDRESSES:
				getAddresses().clear();
				getAddresses().addAll((Collection<? extends String>)newValue);
				return;
			case TwinPackage.NETWORK_INTERFACE__SPEED_BITS_PER_SECOND:
				setSpeedBitsPerSecond((Long)newValue);
				return;
			case TwinPackage.NETWORK_INTERFACE__MTU:
				setMtu((Integer)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case TwinPackage.NETWORK_INTERFACE__MAC_ADDRESS:
				setMacAddress(MAC_ADDRESS_EDEFAULT);
				return;
			case TwinPackage.NETWORK_INTERFACE__ADDRESSES:
				getAddresses().clear();
				return;
			case TwinPackage.NETWORK_INTERFACE__SPEED_BITS_PER_SECOND:
				setSpeedBitsPerSecond(SPEED_BITS_PER_SECOND_EDEFAULT);
				return;
			case TwinPackage.NETWORK_INTERFACE__MTU:
				setMtu(MTU_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case TwinPackage.NETWORK_INTERFACE__MAC_ADDRESS:
				return MAC_ADDRESS_EDEFAULT == null ? macAddress != null : !MAC_ADDRESS_EDEFAULT.equals(macAddress);
			case TwinPackage.NETWORK_INTERFACE__ADDRESSES:
				return addresses != null && !addresses.isEmpty();
			case TwinPackage.NETWORK_INTERFACE__SPEED_BITS_PER_SECOND:
				return speedBitsPerSecond != SPEED_BITS_PER_SECOND_EDEFAULT;
			case TwinPackage.NETWORK_INTERFACE__MTU:
				return mtu != MTU_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (macAddress: ");
		result.append(macAddress);
		result.append(", addresses: ");
		result.append(addresses);
		result.append(", speedBitsPerSecond: ");
		result.append(speedBitsPerSecond);
		result.append(", mtu: ");
		result.append(mtu);
		result.append(')');
		return result.toString();
	}

} //NetworkInterfaceImpl
