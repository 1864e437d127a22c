/**
 */
package io.twinbench.model.twin.impl;

import io.twinbench.model.twin.TwinPackage;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Process</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.twinbench.model.twin.impl.ProcessImpl#getPid <em>Pid</em>}</li>
 *   <li>{@link io.twinbench.model.twin.impl.ProcessImpl#getParentPid <em>Parent Pid</em>}</li>
 *   <li>{@link io.twinbench.model.twin.impl.ProcessImpl#getUser <em>User</em>}</li>
 *   <li>{@link io.twinbench.model.twin.impl.ProcessImpl#getCommandLine <em>Command Line</em>}</li>
 *   <li>{@link io.twinbench.model.twin.impl.ProcessImpl#getPath <em>Path</em>}</li>
 *   <li>{@link io.twinbench.model.twin.impl.ProcessImpl#getState <em>State</em>}</li>
 *   <li>{@link io.twinbench.model.twin.impl.ProcessImpl#getCpuPercent <em>Cpu Percent</em>}</li>
 *   <li>{@link io.twinbench.model.twin.impl.ProcessImpl#getResidentBytes <em>Resident Bytes</em>}</li>
 *   <li>{@link io.twinbench.model.twin.impl.ProcessImpl#getStartTime <em>Start Time</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProcessImpl extends ElementImpl implements io.twinbench.model.twin.Process {
	/**
	 * The default value of the '{@link #getPid() <em>Pid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPid()
	 * @generated
	 * @ordered
	 */
	protected static final int PID_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPid() <em>Pid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPid()
	 * @generated
	 * @ordered
	 */
	protected int pid = PID_EDEFAULT;

	/**
	 * The default value of the '{@link #getParentPid() <em>Parent Pid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParentPid()
	 * @generated
	 * @ordered
	 */
	protected static final int PARENT_PID_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getParentPid() <em>Parent Pid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParentPid()
	 * @generated
	 * @ordered
	 */
	protected int parentPid = PARENT_PID_EDEFAULT;

	/**
	 * The default value of the '{@link #getUser() <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUser()
	 * @generated
	 * @ordered
	 */
	protected static final String USER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUser() <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUser()
	 * @generated
	 * @ordered
	 */
	protected String user = USER_EDEFAULT;

	/**
	 * The default value of the '{@link #getCommandLine() <em>Command Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommandLine()
	 * @generated
	 * @ordered
	 */
	protected static final String COMMAND_LINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCommandLine() <em>Command Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommandLine()
	 * @generated
	 * @ordered
	 */
	protected String commandLine = COMMAND_LINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected static final String PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected String path = PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final String STATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected String state = STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCpuPercent() <em>Cpu Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuPercent()
	 * @generated
	 * @ordered
	 */
	protected static final double CPU_PERCENT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCpuPercent() <em>Cpu Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuPercent()
	 * @generated
	 * @ordered
	 */
	protected double cpuPercent = CPU_PERCENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getResidentBytes() <em>Resident Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResidentBytes()
	 * @generated
	 * @ordered
	 */
	protected static final long RESIDENT_BYTES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getResidentBytes() <em>Resident Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResidentBytes()
	 * @generated
	 * @ordered
	 */
	protected long residentBytes = RESIDENT_BYTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartTime() <em>Start Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartTime()
	 * @generated
	 * @ordered
	 */
	protected static final Date START_TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartTime() <em>Start Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartTime()
	 * @generated
	 * @ordered
	 */
	protected Date startTime = START_TIME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProcessImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TwinPackage.Literals.PROCESS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPid() {
		return pid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPid(int newPid) {
		int oldPid = pid;
		pid = newPid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.PROCESS__PID, oldPid, pid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getParentPid() {
		return parentPid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParentPid(int newParentPid) {
		int oldParentPid = parentPid;
		parentPid = newParentPid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.PROCESS__PARENT_PID, oldParentPid, parentPid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUser() {
		return user;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUser(String newUser) {
		String oldUser = user;
		user = newUser;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.PROCESS__USER, oldUser, user));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCommandLine() {
		return commandLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCommandLine(String newCommandLine) {
		String oldCommandLine = commandLine;
		commandLine = newCommandLine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.PROCESS__COMMAND_LINE, oldCommandLine, commandLine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPath() {
		return path;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPath(String newPath) {
		String oldPath = path;
		path = newPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.PROCESS__PATH, oldPath, path));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(String newState) {
		String oldState = state;
		state = newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.PROCESS__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCpuPercent() {
		return cpuPercent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCpuPercent(double newCpuPercent) {
		double oldCpuPercent = cpuPercent;
		cpuPercent = newCpuPercent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.PROCESS__CPU_PERCENT, oldCpuPercent, cpuPercent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getResidentBytes() {
		return residentBytes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResidentBytes(long newResidentBytes) {
		long oldResidentBytes = residentBytes;
		residentBytes = newResidentBytes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.PROCESS__RESIDENT_BYTES, oldResidentBytes, residentBytes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getStartTime() {
		return startTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartTime(Date newStartTime) {
		Date oldStartTime = startTime;
		startTime = newStartTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.PROCESS__START_TIME, oldStartTime, startTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TwinPackage.PROCESS__PID:
				return getPid();
			case TwinPackage.PROCESS__PARENT_PID:
				return getParentPid();
			case TwinPackage.PROCESS__USER:
				return getUser();
			case TwinPackage.PROCESS__COMMAND_LINE:
				return getCommandLine();
			case TwinPackage.PROCESS__PATH:
				return getPath();
			case TwinPackage.PROCESS__STATE:
				return getState();
			case TwinPackage.PROCESS__CPU_PERCENT:
				return getCpuPercent();
			case TwinPackage.PROCESS__RESIDENT_BYTES:
				return getResidentBytes();
			case TwinPackage.PROCESS__START_TIME:
				return getStartTime();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TwinPackage.PROCESS__PID:
				setPid((Integer)newValue);
				return;
			case TwinPackage.PROCESS__PARENT_PID:
				setParentPid((Integer)newValue);
				return;
			case TwinPackage.PROCESS__USER:
				setUser((String)newValue);
				return;
			case TwinPackage.PROCESS__COMMAND_LINE:
				setCommandLine((String)newValue);
				return;
			case TwinPackage.PROCESS__PATH:
				setPath((String)newValue);
				return;
			case TwinPackage.PROCESS__STATE:
				setState((String)newValue);
				return;
			case TwinPackage.PROCESS__CPU_PERCENT:
				setCpuPercent((Double)newValue);
				return;
			case TwinPackage.PROCESS__RESIDENT_BYTES:
				setResidentBytes((Long)newValue);
				return;
			case TwinPackage.PROCESS__START_TIME:
				setStartTime((Date)newValue);
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
			case TwinPackage.PROCESS__PID:
				setPid(PID_EDEFAULT);
				return;
			case TwinPackage.PROCESS__PARENT_PID:
				setParentPid(PARENT_PID_EDEFAULT);
				return;
			case TwinPackage.PROCESS__USER:
				setUser(USER_EDEFAULT);
				return;
			case TwinPackage.PROCESS__COMMAND_LINE:
				setCommandLine(COMMAND_LINE_EDEFAULT);
				return;
			case TwinPackage.PROCESS__PATH:
				setPath(PATH_EDEFAULT);
				return;
			case TwinPackage.PROCESS__STATE:
				setState(STATE_EDEFAULT);
				return;
			case TwinPackage.PROCESS__CPU_PERCENT:
				setCpuPercent(CPU_PERCENT_EDEFAULT);
				return;
			case TwinPackage.PROCESS__RESIDENT_BYTES:
				setResidentBytes(RESIDENT_BYTES_EDEFAULT);
				return;
			case TwinPackage.PROCESS__START_TIME:
				setStartTime(START_TIME_EDEFAULT);
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
			case TwinPackage.PROCESS__PID:
				return pid != PID_EDEFAULT;
			case TwinPackage.PROCESS__PARENT_PID:
				return parentPid != PARENT_PID_EDEFAULT;
			case TwinPackage.PROCESS__USER:
				return USER_EDEFAULT == null ? user != null : !USER_EDEFAULT.equals(user);
			case TwinPackage.PROCESS__COMMAND_LINE:
				return COMMAND_LINE_EDEFAULT == null ? commandLine != null : !COMMAND_LINE_EDEFAULT.equals(commandLine);
			case TwinPackage.PROCESS__PATH:
				return PATH_EDEFAULT == null ? path != null : !PATH_EDEFAULT.equals(path);
			case TwinPackage.PROCESS__STATE:
				return STATE_EDEFAULT == null ? state != null : !STATE_EDEFAULT.equals(state);
			case TwinPackage.PROCESS__CPU_PERCENT:
				return cpuPercent != CPU_PERCENT_EDEFAULT;
			case TwinPackage.PROCESS__RESIDENT_BYTES:
				return residentBytes != RESIDENT_BYTES_EDEFAULT;
			case TwinPackage.PROCESS__START_TIME:
				return START_TIME_EDEFAULT == null ? startTime != null : !START_TIME_EDEFAULT.equals(startTime);
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
		result.append(" (pid: ");
		result.append(pid);
		result.append(", parentPid: ");
		result.append(parentPid);
		result.append(", user: ");
		result.append(user);
		result.append(", commandLine: ");
		result.append(commandLine);
		result.append(", path: ");
		result.append(path);
		result.append(", state: ");
		result.append(state);
		result.append(", cpuPercent: ");
		result.append(cpuPercent);
		result.append(", residentBytes: ");
		result.append(residentBytes);
		result.append(", startTime: ");
		result.append(startTime);
		result.append(')');
		return result.toString();
	}

} //ProcessImpl
